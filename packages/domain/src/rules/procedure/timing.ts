import { deadlineFrom } from '../deadline.ts';
import type { Finding, RuleCitation } from '../finding.ts';
import { instantMs, isBefore, type Instant } from '../../enforcement/instant.ts';
import type { Stage } from '../../enforcement/vocabulary.ts';
import type { Duration } from '../../profiles/duration.ts';
import type { EffectiveValue } from '../../profiles/effective-policy.ts';

/**
 * Where an obligation with a deadline stands. `deadline` is the first moment that is too
 * late (see ../deadline.ts), so an act exactly at it is late.
 */
export type DeadlineStatus =
  | { readonly kind: 'met' }
  | { readonly kind: 'late'; readonly doneAt: Instant }
  | { readonly kind: 'overdue' }
  | { readonly kind: 'open' };

export function deadlineStatus(
  deadline: Instant,
  doneAt: Instant | undefined,
  now: Instant,
): DeadlineStatus {
  if (doneAt !== undefined) {
    return isBefore(doneAt, deadline) ? { kind: 'met' } : { kind: 'late', doneAt };
  }
  return isBefore(now, deadline) ? { kind: 'open' } : { kind: 'overdue' };
}

/**
 * The deadline of an effective value: when profile and law count in units that cannot be
 * ordered without dates, both bind and the earlier one ends the period.
 */
export function effectiveDeadlineFrom(
  start: Instant,
  effective: EffectiveValue<Duration>,
): Instant {
  const own = deadlineFrom(start, effective.value);
  if (effective.alsoApplies === undefined) return own;
  const other = deadlineFrom(start, effective.alsoApplies);
  return instantMs(other) < instantMs(own) ? other : own;
}

export interface TimedDuty {
  readonly ruleId: string;
  readonly stage: Stage;
  readonly citations: readonly RuleCitation[];
  readonly deadline: Instant;
  /** When the duty was performed; undefined while it has not been. */
  readonly doneAt: Instant | undefined;
  readonly now: Instant;
  readonly messages: {
    readonly late: (doneAt: Instant) => string;
    readonly overdue: string;
    readonly open: string;
  };
}

/**
 * The one finding a deadline gives: done late or not done once the deadline has passed is
 * a violation; not done before it is due; done in time is nothing.
 */
export function timedDutyFindings(duty: TimedDuty): Finding[] {
  const base = { ruleId: duty.ruleId, citations: duty.citations, stage: duty.stage };
  const status = deadlineStatus(duty.deadline, duty.doneAt, duty.now);
  switch (status.kind) {
    case 'met':
      return [];
    case 'late':
      return [{ ...base, severity: 'violation', message: duty.messages.late(status.doneAt) }];
    case 'overdue':
      return [{ ...base, severity: 'violation', message: duty.messages.overdue }];
    case 'open':
      return [{ ...base, severity: 'due', message: duty.messages.open, dueAt: duty.deadline }];
  }
}
