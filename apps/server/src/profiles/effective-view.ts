import { EFFECTIVE_KEYS, effectiveValue, type PolicyProfile } from '@liuhen/domain';
import { z } from 'zod';
import { citationView } from '../cases/finding-view.ts';

export const effectiveSchema = z
  .object({
    key: z.enum(EFFECTIVE_KEYS),
    value: z.unknown(),
    alsoApplies: z.unknown().optional(),
    source: z.enum(['profile', 'national_law', 'both']),
    explanation: z.string(),
    citations: z.array(z.record(z.string(), z.string())),
  })
  .meta({ id: 'EffectiveValue' });

/** For each obligation both a profile and national law speak on: the value that wins, and why. */
export function effectiveValues(profile: PolicyProfile) {
  return EFFECTIVE_KEYS.map((key) => {
    // Each branch picks its own overload of effectiveValue.
    const effective =
      key === 'demandNoticeBeforeExecution'
        ? effectiveValue(profile, key)
        : effectiveValue(profile, key);
    // Each with `text`, the regulation or statute by name, for display.
    return { key, ...effective, citations: effective.citations.map(citationView) };
  });
}
