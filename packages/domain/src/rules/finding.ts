import type { LawCitation } from '../profiles/national-law.ts';
import type { ProfileCitation } from '../profiles/profile-schema.ts';
import type { Instant } from '../enforcement/instant.ts';
import type { Stage } from '../enforcement/vocabulary.ts';

/** Where a finding comes from: an article of a seed, or of a national statute. */
export type RuleCitation = ProfileCitation | LawCitation;

export function isLawCitation(citation: RuleCitation): citation is LawCitation {
  return 'law' in citation;
}

/**
 * - `violation`: an obligation was broken (late, or missing after its deadline);
 * - `missing`: something required now is absent; it can still be made good;
 * - `due`: an obligation is open and not yet late; `dueAt` says until when;
 * - `undetermined`: the rule could not decide; it says what is needed to decide. A deadline
 *   that runs into a year whose holidays are not entered is not such a case: it is counted
 *   conservatively and the finding is `due` with `provisional` (../rules/deadline.ts).
 * - `advice`: what another agency's regulation requires and the agency's own profile and
 *   national law do not (./binding.ts); shown as that regulation's practice, never blocks.
 */
export const FINDING_SEVERITIES = [
  'violation',
  'missing',
  'due',
  'undetermined',
  'advice',
] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * The severities of findings that bind the agency: everything but `advice`. A list of
 * findings shows these unless another regulation's practice is asked for too
 * (docs/decisions.md, "What a walk leaves behind").
 */
export const BINDING_SEVERITIES: readonly FindingSeverity[] = FINDING_SEVERITIES.filter(
  (severity) => severity !== 'advice',
);

export interface Finding {
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly citations: readonly RuleCitation[];
  /** For a user in China: what is wrong and what to do. */
  readonly message: string;
  /** The stage whose work this concerns; a `missing` finding blocks leaving that stage. */
  readonly stage: Stage;
  /** The record, AV record or officer the finding is about; absent for the case itself. */
  readonly subjectId?: string;
  readonly dueAt?: Instant;
  /**
   * Set when `dueAt` (or the deadline the finding judged by) is provisional: it runs into a
   * year whose holidays are not entered, so it is the earliest the period could end. Such a
   * finding is never a violation; it becomes exact once the year is entered.
   */
  readonly provisional?: { readonly uncoveredYears: readonly number[] };
}
