import { daysBetween } from '../../calendar/plain-date.ts';
import type { CaseEvent } from '../../enforcement/case-event.ts';
import {
  SUSPENSION_CAUSE_LABELS,
  type SuspensionCause,
} from '../../enforcement/decision-period-vocabulary.ts';
import {
  addHours,
  formatShanghai,
  instantMs,
  isBefore,
  shanghaiDateOf,
  type Instant,
} from '../../enforcement/instant.ts';
import type { EffectiveValue } from '../../profiles/effective-policy.ts';
import type { Duration } from '../../profiles/duration.ts';
import { effectiveDeadlineFrom } from './timing.ts';

type PeriodEvent = Extract<
  CaseEvent,
  { type: 'decision_period_extended' | 'decision_period_suspended' | 'decision_period_resumed' }
>;

/**
 * One extension or suspension as it bears on the period: `days` the days it added (an
 * extension) or left out (a suspension, up to its resumption or, while it lasts, `until`);
 * `counted` false for one made after the period had run out, which adds nothing.
 */
export type DecisionPeriodChange =
  | {
      readonly kind: 'extension';
      readonly at: Instant;
      readonly days: number;
      readonly counted: boolean;
      readonly reason: string;
      readonly approverName: string;
    }
  | {
      readonly kind: 'suspension';
      readonly at: Instant;
      /** When it was resumed; absent while the period stands still. */
      readonly resumedAt?: Instant;
      readonly days: number;
      readonly counted: boolean;
      readonly cause: SuspensionCause;
      readonly reason: string;
    };

export interface DecisionPeriod {
  /** The first moment too late, with every extension and suspension that counts. */
  readonly deadline: Instant;
  /** A suspension not yet resumed: the period stands still, nothing can be overdue. */
  readonly suspended?: Extract<PeriodEvent, { type: 'decision_period_suspended' }>;
  /** 中文 sentences: each change and whether it counted. */
  readonly notes: readonly string[];
  /** The same changes as data, oldest first. */
  readonly changes: readonly DecisionPeriodChange[];
}

function isPeriodEvent(event: CaseEvent): event is PeriodEvent {
  return (
    event.type === 'decision_period_extended' ||
    event.type === 'decision_period_suspended' ||
    event.type === 'decision_period_resumed'
  );
}

/**
 * The decision period of 行政处罚法 第六十条 as extensions and suspensions leave it
 * (../../profiles/national-law.ts DECISION_PERIOD_CHANGES). Both move the end by whole
 * calendar days: an extension by its days, a suspension by the days from the day it began
 * to the day it was resumed (or to `until` while it lasts). A change made once the period
 * had already run out cannot revive it and does not count: a late decision stays late.
 */
export function decisionPeriod(
  filedAt: Instant,
  effective: EffectiveValue<Duration>,
  events: readonly CaseEvent[],
  until: Instant,
): DecisionPeriod {
  let shiftDays = 0;
  const deadlineAfter = (days: number) =>
    effectiveDeadlineFrom(addHours(filedAt, days * 24), effective);
  let deadline = deadlineAfter(0);
  let open: Extract<PeriodEvent, { type: 'decision_period_suspended' }> | undefined;
  const notes: string[] = [];
  const made: DecisionPeriodChange[] = [];
  const changes = events
    .filter(isPeriodEvent)
    .sort((a, b) => (isBefore(a.at, b.at) ? -1 : isBefore(b.at, a.at) ? 1 : 0));
  for (const change of changes) {
    const when = formatShanghai(change.at);
    if (change.type === 'decision_period_resumed') {
      if (open === undefined) continue;
      const days = daysBetween(shanghaiDateOf(open.at), shanghaiDateOf(change.at));
      shiftDays += days;
      deadline = deadlineAfter(shiftDays);
      notes.push(
        `${formatShanghai(open.at)} 至 ${when} 因${SUSPENSION_CAUSE_LABELS[open.cause]}中止，${days} 日不计入期限`,
      );
      made.push({ ...suspensionOf(open), resumedAt: change.at, days, counted: true });
      open = undefined;
      continue;
    }
    if (!isBefore(change.at, deadline)) {
      notes.push(
        `${when} 的${change.type === 'decision_period_extended' ? '延期' : '中止'}晚于期限届满，不能补救超期`,
      );
      made.push(
        change.type === 'decision_period_extended'
          ? { ...extensionOf(change), counted: false }
          : { ...suspensionOf(change), days: 0, counted: false },
      );
      continue;
    }
    if (change.type === 'decision_period_extended') {
      shiftDays += change.days;
      deadline = deadlineAfter(shiftDays);
      notes.push(`${when} 经${change.approverName}批准延长 ${change.days} 日（${change.reason}）`);
      made.push({ ...extensionOf(change), counted: true });
    } else if (open === undefined) {
      open = change;
    }
  }
  if (open === undefined) return { deadline, notes, changes: byTime(made) };
  const sinceDays = Math.max(0, daysBetween(shanghaiDateOf(open.at), shanghaiDateOf(until)));
  return {
    deadline: deadlineAfter(shiftDays + sinceDays),
    suspended: open,
    notes,
    changes: byTime([...made, { ...suspensionOf(open), days: sinceDays, counted: true }]),
  };
}

/** A suspension is settled at its resumption, but belongs where it began. */
function byTime(changes: DecisionPeriodChange[]): DecisionPeriodChange[] {
  return changes.sort((a, b) => instantMs(a.at) - instantMs(b.at));
}

function extensionOf(event: Extract<PeriodEvent, { type: 'decision_period_extended' }>) {
  const { at, days, reason, approverName } = event;
  return { kind: 'extension', at, days, reason, approverName } as const;
}

function suspensionOf(event: Extract<PeriodEvent, { type: 'decision_period_suspended' }>) {
  const { at, cause, reason } = event;
  return { kind: 'suspension', at, cause, reason } as const;
}
