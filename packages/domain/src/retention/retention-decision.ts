import { comparePlainDates, type PlainDate } from '../calendar/plain-date.ts';
import type { ValueCitation } from '../profiles/profile-schema.ts';

/**
 * What one rule requires on its own:
 * - `permanent`: kept for ever;
 * - `until`: kept through `retainUntil` (inclusive); it may be disposed of from the next day;
 * - `awaiting_case_file`: kept as long as a case file that is not archived yet, so for a
 *   time nobody can know until it is;
 * - `agency_decides`: the regulation sets no period and leaves it to the agency.
 */
export type RetentionOutcome =
  | { readonly kind: 'permanent' }
  | { readonly kind: 'until'; readonly retainUntil: PlainDate }
  | { readonly kind: 'awaiting_case_file' }
  | { readonly kind: 'agency_decides' };

export type RetentionRuleId =
  'permanent_category' | 'av_minimum' | 'follows_case_file' | 'case_file_period' | 'agency_decides';

/** One rule that applies, what it alone requires, and whether it is the one that decided. */
export interface RetentionReason {
  readonly rule: RetentionRuleId;
  readonly outcome: RetentionOutcome;
  /** True for the reason (or each of equal reasons) whose outcome is the decision. */
  readonly decisive: boolean;
  readonly citations: readonly ValueCitation[];
  /** Shown to users as is (Simplified Chinese). */
  readonly explanation: string;
}

export type RetentionDecision =
  | { readonly kind: 'permanent'; readonly reasons: readonly RetentionReason[] }
  | {
      readonly kind: 'until';
      readonly retainUntil: PlainDate;
      readonly reasons: readonly RetentionReason[];
    }
  | {
      readonly kind: 'awaiting_case_file';
      /** The latest date another rule already requires, if any: a floor, not an end. */
      readonly atLeastUntil?: PlainDate;
      readonly reasons: readonly RetentionReason[];
    }
  | { readonly kind: 'agency_decides'; readonly reasons: readonly RetentionReason[] };

export type UndecidedReason = Omit<RetentionReason, 'decisive'>;

/**
 * How much each outcome keeps, so the longest wins: permanent beats everything; a case
 * file not yet archived may turn out permanent, so it beats any date; a later date beats
 * an earlier; "the agency decides" only stands when nothing else applies.
 */
function rank(outcome: RetentionOutcome): number {
  switch (outcome.kind) {
    case 'permanent':
      return 3;
    case 'awaiting_case_file':
      return 2;
    case 'until':
      return 1;
    case 'agency_decides':
      return 0;
  }
}

function compareOutcomes(a: RetentionOutcome, b: RetentionOutcome): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0 || a.kind !== 'until' || b.kind !== 'until') return byRank;
  return comparePlainDates(a.retainUntil, b.retainUntil);
}

function latestDate(reasons: readonly UndecidedReason[]): PlainDate | undefined {
  let latest: PlainDate | undefined;
  for (const { outcome } of reasons) {
    if (outcome.kind !== 'until') continue;
    if (latest === undefined || comparePlainDates(outcome.retainUntil, latest) > 0) {
      latest = outcome.retainUntil;
    }
  }
  return latest;
}

/** The longest of the applicable rules, every one listed, the winner(s) marked. */
export function decideRetention(applicable: readonly UndecidedReason[]): RetentionDecision {
  const [first, ...rest] = applicable;
  if (first === undefined) throw new RangeError('retention needs at least one applicable rule');
  const winner = rest.reduce(
    (best, r) => (compareOutcomes(r.outcome, best) > 0 ? r.outcome : best),
    first.outcome,
  );
  const reasons = applicable.map((r) => ({
    ...r,
    decisive: compareOutcomes(r.outcome, winner) === 0,
  }));
  switch (winner.kind) {
    case 'permanent':
      return { kind: 'permanent', reasons };
    case 'until':
      return { kind: 'until', retainUntil: winner.retainUntil, reasons };
    case 'awaiting_case_file': {
      const atLeastUntil = latestDate(applicable);
      return atLeastUntil === undefined
        ? { kind: 'awaiting_case_file', reasons }
        : { kind: 'awaiting_case_file', atLeastUntil, reasons };
    }
    case 'agency_decides':
      return { kind: 'agency_decides', reasons };
  }
}

/** One line for lists and headers; the reasons say why. */
export function summarizeRetention(decision: RetentionDecision): string {
  switch (decision.kind) {
    case 'permanent':
      return '永久保存';
    case 'until':
      return `保存至 ${decision.retainUntil}（含当日）`;
    case 'awaiting_case_file':
      return decision.atLeastUntil === undefined
        ? '待案卷归档后确定保存期限，在此之前不得销毁'
        : `待案卷归档后确定保存期限，至少保存至 ${decision.atLeastUntil}`;
    case 'agency_decides':
      return '本规定未规定保存期限，由本机关确定；确定前不得销毁';
  }
}

/**
 * Whether the retention has run out on `date`: only a dated decision ever does, and only
 * from the day after its last day. Disposal needs more (the head's approval, no hold);
 * this answers only whether retention still forbids it.
 */
export function retentionExpiredOn(decision: RetentionDecision, date: PlainDate): boolean {
  return decision.kind === 'until' && comparePlainDates(date, decision.retainUntil) > 0;
}
