import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { REGIONAL_LAYER_IDS } from './regional-holidays.ts';

const arrangement = z.strictObject({
  festival: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  workdays: z.array(z.string()),
});

export const calendarEvents = defineEvents({
  /** The whole parsed arrangement is in the ledger, so the entry can be checked without the row. */
  'calendar.holiday_year_entered': {
    label: '录入年度法定节假日安排',
    data: z.strictObject({
      year: z.number().int(),
      notice: z.string(),
      documentNumber: z.string(),
      arrangements: z.array(arrangement),
    }),
  },
  'calendar.agency_layers_set': {
    label: '设置本机关适用的地方节假日',
    data: z.strictObject({
      before: z.array(z.enum(REGIONAL_LAYER_IDS)),
      after: z.array(z.enum(REGIONAL_LAYER_IDS)),
    }),
  },
});
