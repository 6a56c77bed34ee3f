import {
  deadlineFrom,
  markDeadlineAware,
  provisionalNote,
  provisionalYearsOf,
} from '../deadline.ts';
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
 * a violation; not done before it is due; done in time is nothing. A provisional deadline
 * (a year without holiday data) never makes a violation: not done is `due` with the
 * earliest possible end; done after that end is `undetermined` until the year is entered.
 */
export function timedDutyFindings(duty: TimedDuty): Finding[] {
  const base = { ruleId: duty.ruleId, citations: duty.citations, stage: duty.stage };
  const status = deadlineStatus(duty.deadline, duty.doneAt, duty.now);
  const years = provisionalYearsOf(duty.deadline);
  const findings = ((): Finding[] => {
    if (years !== undefined && status.kind !== 'met') {
      const provisional = { uncoveredYears: years };
      const note = provisionalNote(years);
      if (status.kind === 'late') {
        return [
          {
            ...base,
            severity: 'undetermined',
            message: `${duty.messages.open}本项已于期限最早可能届满之后办理，是否逾期待该年节假日安排录入后确定。${note}`,
            provisional,
          },
        ];
      }
      const passed = status.kind === 'overdue' ? '按最早可能的期限已届满，请尽快办理。' : '';
      return [
        {
          ...base,
          severity: 'due',
          message: `${duty.messages.open}${passed}${note}`,
          dueAt: duty.deadline,
          provisional,
        },
      ];
    }
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
  })();
  return findings.map(markDeadlineAware);
}
