import { caseFactsInputSchema, PENALTY_KINDS } from '@liuhen/domain';
import { z } from 'zod';
import { powerVersionSchema, yuanTextSchema } from '../powers/power-schemas.ts';

const factsVersionSchema = z
  .object({
    version: z.number().int(),
    facts: z.string(),
    evidence: z.array(z.string()),
    violations: z.array(
      z.object({
        powerId: z.uuid(),
        powerVersion: z.number().int(),
        conduct: z.string(),
        discretionLevel: z.string().nullable(),
        discretionReason: z.string().nullable(),
      }),
    ),
    penalties: z.array(
      z.object({
        kind: z.enum(PENALTY_KINDS),
        amount: yuanTextSchema.nullable(),
        description: z.string().nullable(),
      }),
    ),
    performanceDays: z.number().int().nullable(),
    mitigation: z.string().nullable(),
    sha256: z.string(),
    createdBy: z.uuid(),
    createdByName: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseFactsVersion' });

export const caseFactsSchema = z
  .object({
    /** The newest version, or null before the first save. */
    current: factsVersionSchema.nullable(),
    /** Every version, newest first (the current one included). */
    history: z.array(factsVersionSchema),
    /** Every power version any of them names, as it read when chosen. */
    powers: z.array(powerVersionSchema),
  })
  .meta({ id: 'CaseFacts' });

export const caseFactsBody = caseFactsInputSchema.extend({
  /** The version the edit started from (0 before the first save); otherwise 409. */
  expectedVersion: z.number().int().min(0),
});
