import { addMonthsClamped } from './months.ts';
import { addCalendarDays } from '../calendar/working-days.ts';
import { currentCalendar, type WorkingCalendar } from '../calendar/working-calendar.ts';
import {
  addHours,
  endOfShanghaiDay,
  formatShanghai,
  instantFromMs,
  instantMs,
  shanghaiDateOf,
  type Instant,
} from '../enforcement/instant.ts';
import type { PlainDate } from '../calendar/plain-date.ts';
import type { Duration } from '../profiles/duration.ts';

/** A deadline, and the years whose holidays it had to guess (none: it is exact). */
export interface DeadlineDetail {
  readonly at: Instant;
  /** Ascending; empty when the deadline is exact. */
  readonly uncoveredYears: readonly number[];
}

/**
 * The moment a period that starts at `start` runs out: the obligation is met by acting
 * strictly before it.
 *
 * - Hours run from the moment itself ("24 小时内").
 * - Days are counted from the next day (期间开始的日不计算在内) and end at midnight China
 *   time after the last day.
 * - "N 个工作日" skip weekends and official holidays (and the agency's regional days off)
 *   and count adjusted workdays (../calendar/).
 * - "N 日" are calendar days, but a last day that is a day off moves to the next working
 *   day (民法典 第二百零三条: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的
 *   最后一日).
 *
 * A day in a year whose holidays are not entered is counted as Monday to Friday: the
 * earliest the period could end. Such a deadline is provisional (`uncoveredYears`), and a
 * rule must not call anything a violation by it; it becomes exact once the year is entered.
 */
export function deadlineDetailFrom(
  start: Instant,
  duration: Duration,
  calendar: WorkingCalendar = currentCalendar(),
): DeadlineDetail {
  const startDate = shanghaiDateOf(start);
  const endOf = (date: PlainDate, uncoveredYears: readonly number[] = []): DeadlineDetail => ({
    at: endOfShanghaiDay(date),
    uncoveredYears,
  });
  switch (duration.unit) {
    case 'hours':
      return { at: addHours(start, duration.amount), uncoveredYears: [] };
    case 'working_days': {
      const end = calendar.conservativeAddWorkingDays(startDate, duration.amount);
      return endOf(end.date, end.uncoveredYears);
    }
    case 'calendar_days': {
      const end = calendar.conservativeFirstWorkingDayOnOrAfter(
        addCalendarDays(startDate, duration.amount),
      );
      return endOf(end.date, end.uncoveredYears);
    }
    case 'months':
      return endOf(addMonthsClamped(startDate, duration.amount));
    case 'years':
      return endOf(addMonthsClamped(startDate, duration.amount * 12));
  }
}

/**
 * {@link deadlineDetailFrom} as an instant, for rules that only compare. A provisional
 * result is noted for the rule evaluation in progress ({@link traceDeadlines}), which keeps
 * it from being reported as a violation.
 */
export function deadlineFrom(start: Instant, duration: Duration): Instant {
  const detail = deadlineDetailFrom(start, duration);
  if (detail.uncoveredYears.length > 0) noteProvisional(detail);
  return detail.at;
}

let trace: Map<number, readonly number[]> | undefined;

function noteProvisional(detail: DeadlineDetail): void {
  if (trace === undefined) return;
  const ms = instantMs(detail.at);
  const known = trace.get(ms) ?? [];
  trace.set(
    ms,
    [...new Set([...known, ...detail.uncoveredYears])].sort((a, b) => a - b),
  );
}

/** The provisional deadlines computed while `fn` ran (synchronously), by instant. */
export function traceDeadlines<T>(fn: () => T): {
  readonly result: T;
  readonly provisional: ReadonlyMap<number, readonly number[]>;
} {
  const previous = trace;
  const mine = new Map<number, readonly number[]>();
  trace = mine;
  try {
    return { result: fn(), provisional: mine };
  } finally {
    trace = previous;
    if (previous !== undefined) {
      for (const [ms, years] of mine) previous.set(ms, years);
    }
  }
}

/**
 * The years a deadline computed in the evaluation in progress had to guess, or undefined
 * when it is exact (or was computed outside any evaluation).
 */
export function provisionalYearsOf(at: Instant): readonly number[] | undefined {
  return trace?.get(instantMs(at));
}

/**
 * "Due by …" as a clerk reads it. Days end at midnight, and "2026-12-17 00:00 前" reads as
 * if the 17th were still allowed, a day too late: a deadline at China midnight is shown as
 * the end of its last day (2026年12月16日24时前); any other instant as `2026-12-16 15:30 前`.
 */
export function formatDueBy(at: Instant): string {
  const text = formatShanghai(at);
  if (!text.endsWith(' 00:00')) return `${text} 前`;
  const lastDay = shanghaiDateOf(instantFromMs(instantMs(at) - 1));
  const [year, month, day] = lastDay.split('-').map(Number);
  return `${year}年${month}月${day}日24时前`;
}

/** The sentence a provisional deadline carries, for its finding's message. */
export function provisionalNote(uncoveredYears: readonly number[]): string {
  const years = uncoveredYears.join('、');
  return `（暂定期限：${years} 年的节假日安排尚未录入，按该年周一至周五均为工作日计算，是期限最早可能届满的时间；系统管理员在“系统管理 → 节假日”录入国务院办公厅通知后自动改为准确期限，录入前不认定逾期。）`;
}

const deadlineAware = new WeakSet<object>();

/**
 * Marks a finding whose rule already judged its deadline's provisional state (see
 * procedure/timing.ts), so the evaluation's safety net leaves it as it is.
 */
export function markDeadlineAware<T extends object>(finding: T): T {
  deadlineAware.add(finding);
  return finding;
}

export function isDeadlineAware(finding: object): boolean {
  return deadlineAware.has(finding);
}
