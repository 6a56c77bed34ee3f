import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { POWER_CATEGORIES } from './power-category.ts';

const powerSummary = {
  powerId: z.uuid(),
  version: z.number().int().min(1),
  code: z.string().nullable(),
  name: z.string(),
  category: z.enum(POWER_CATEGORIES),
};

/**
 * Changes to an agency's 权责清单; each version's content digest (SHA-256 of its canonical
 * JSON, amounts in 分) is in the entry's hashes, so what a case's facts chose is provable.
 */
export const powerEvents = defineEvents({
  'power.created': {
    label: '新增权责清单事项',
    data: z.strictObject(powerSummary),
  },
  'power.revised': {
    label: '修改权责清单事项',
    data: z.strictObject({ ...powerSummary, note: z.string().nullable() }),
  },
  'power.withdrawn': {
    label: '停用权责清单事项',
    data: z.strictObject({ ...powerSummary, reason: z.string() }),
  },
});
