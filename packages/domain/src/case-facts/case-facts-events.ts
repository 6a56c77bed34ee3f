import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { PENALTY_KINDS } from '../powers/penalty-kinds.ts';

/** 案件事实 saved; the digest of the saved content (amounts in 分) is in the entry's hashes. */
export const caseFactsEvents = defineEvents({
  'case_facts.saved': {
    label: '保存案件事实',
    data: z.strictObject({
      caseId: z.uuid(),
      version: z.number().int().min(1),
      /** The powers chosen, each with its version: what the case's legal basis is. */
      powers: z.array(z.strictObject({ powerId: z.uuid(), version: z.number().int().min(1) })),
      penaltyKinds: z.array(z.enum(PENALTY_KINDS)),
    }),
  },
});
