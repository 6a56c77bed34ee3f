import { withCalendar } from '../calendar/working-calendar.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import { instantMs, type Instant } from '../enforcement/instant.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import { effectiveValue } from '../profiles/effective-policy.ts';
import { traceDeadlines } from './deadline.ts';
import { decisionPeriod, type DecisionPeriodChange } from './procedure/decision-period.ts';
import type { RuleContext } from './rule.ts';

export type { DecisionPeriodChange } from './procedure/decision-period.ts';

/**
 * Where the decision period of 行政处罚法 第六十条 stands for a case, as decision-overdue
 * counts it: for the case page, which shows the end in force with every change.
 */
export interface DecisionPeriodStatus {
  readonly filedAt: Instant;
  /** 90 日, or an agency's stricter period, as a clerk reads it. */
  readonly period: string;
  /** The first moment too late, with every extension and suspension that counts. */
  readonly deadline: Instant;
  /** The years whose holidays the deadline had to guess; empty when it is exact. */
  readonly provisionalYears: readonly number[];
  readonly decidedAt?: Instant;
  /** The suspension still running: the deadline is as if resumed at `now`. */
  readonly suspendedSince?: Instant;
  readonly changes: readonly DecisionPeriodChange[];
}

/**
 * The period of a filed penalty case, or undefined where there is none (another act type,
 * not yet filed). Counted on the agency's calendar, as the rules are.
 */
export function decisionPeriodStatus(context: RuleContext): DecisionPeriodStatus | undefined {
  const { enforcementCase, events, profile, now } = context;
  const filed = firstEvent(events, 'filed');
  if (enforcementCase.actType !== 'penalty' || filed === undefined) return undefined;
  const effective = effectiveValue(profile, 'penaltyDecision');
  const decidedAt = firstEvent(events, 'decision_made')?.at;
  const { result, provisional } = withCalendar(context.calendar, () =>
    traceDeadlines(() => decisionPeriod(filed.at, effective, events, decidedAt ?? now)),
  );
  return {
    filedAt: filed.at,
    period: formatDuration(effective.value),
    deadline: result.deadline,
    provisionalYears: provisional.get(instantMs(result.deadline)) ?? [],
    ...(decidedAt === undefined ? {} : { decidedAt }),
    ...(result.suspended === undefined || decidedAt !== undefined
      ? {}
      : { suspendedSince: result.suspended.at }),
    changes: result.changes,
  };
}
