import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { CaseEvent } from '../enforcement/case-event.ts';
import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import type { Instant } from '../enforcement/instant.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import type { Finding, RuleCitation } from './finding.ts';

/** Everything a rule may look at. Rules are pure: same context, same findings. */
export interface RuleContext {
  readonly enforcementCase: EnforcementCase;
  readonly records: readonly CaseRecord[];
  readonly avRecords: readonly AvRecord[];
  readonly events: readonly CaseEvent[];
  readonly profile: PolicyProfile;
  readonly now: Instant;
  /**
   * The agency's working-day calendar (national years built in and entered, its regional
   * layers). Rules need not read it: the evaluation counts every deadline on it. Absent:
   * the built-in national years.
   */
  readonly calendar?: WorkingCalendar;
}

export interface Rule {
  /** Stable: stored with findings, shown to supervisors, listed in docs/regulations.md. */
  readonly id: string;
  /** 中文: what the rule checks. */
  readonly title: string;
  /**
   * Every article the rule can cite, across all profiles. Findings cite the subset that
   * applies under the profile in use.
   */
  readonly citations: readonly RuleCitation[];
  readonly check: (context: RuleContext) => readonly Finding[];
}
