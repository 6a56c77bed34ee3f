import type { HolidayYear } from './holidays-data.ts';
import {
  addDays,
  comparePlainDates,
  isWeekend,
  parsePlainDate,
  toDayNumber,
  yearOf,
  type PlainDate,
} from './plain-date.ts';
import { currentCalendar } from './working-calendar.ts';

/**
 * Working days (工作日) in China: Monday to Friday, except the official days off (放假), plus
 * the weekend days the State Council moved to be working days (调休上班). Only years whose
 * notice is known (built into `holidays-data.ts`, or entered by an administrator and passed
 * in through a {@link WorkingCalendar}) are known; any other date is a
 * {@link CalendarCoverageError}, never a Monday-to-Friday guess. Deadlines use the
 * calendar's conservative counting instead (see working-calendar.ts and ../rules/deadline.ts).
 *
 * These functions answer on the calendar in use ({@link currentCalendar}): the built-in
 * years, unless a caller such as the rule evaluation runs them inside `withCalendar` with an
 * agency's calendar (entered years and regional layers).
 *
 * Day one: "N 个工作日" counts from the day after the start (期间开始之日不计算在内), so
 * `addWorkingDays(from, n)` is the n-th working day after `from`, whatever `from` itself is.
 */
export type WorkingDayReason = 'weekday' | 'weekend' | 'holiday' | 'adjusted_workday';

export interface WorkingDayStatus {
  readonly date: PlainDate;
  readonly working: boolean;
  readonly reason: WorkingDayReason;
  /** The festival, for `holiday` and `adjusted_workday`. */
  readonly festival?: string;
}

export class CalendarCoverageError extends Error {
  readonly code = 'calendar-year-not-covered';
  readonly date: PlainDate;
  readonly year: number;
  readonly coveredYears: readonly number[];
  /** A sentence for a clerk, in Chinese. */
  readonly detail: string;

  /** `missing`: what is not entered, when it is a regional layer rather than the nation. */
  constructor(date: PlainDate, coveredYears: readonly number[], missing?: string) {
    const year = yearOf(date);
    const covered = describeYears(coveredYears);
    super(
      `no official holiday data for ${year} (covered: ${covered}); cannot tell whether ${date} is a working day`,
    );
    this.name = 'CalendarCoverageError';
    this.date = date;
    this.year = year;
    this.coveredYears = coveredYears;
    this.detail =
      missing === undefined
        ? `${year} 年的法定节假日安排尚未录入，无法计算工作日（已录入 ${covered} 年）。`
        : `${year} 年的${missing}尚未录入，无法计算工作日（已录入 ${covered} 年）。`;
  }
}

export function requireDayCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`the number of days must be a whole number ≥ 0, not ${n}`);
  }
}

function describeYears(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const first = years[0]!;
  const last = years.at(-1)!;
  const contiguous = last - first + 1 === years.length;
  return contiguous && years.length > 1 ? `${first}–${last}` : years.join('、');
}

interface SpecialDay {
  readonly kind: 'holiday' | 'adjusted_workday';
  readonly festival: string;
}

export interface CalendarIndex {
  readonly years: ReadonlySet<number>;
  readonly sortedYears: readonly number[];
  readonly days: ReadonlyMap<string, SpecialDay>;
}

/**
 * Builds the lookup and checks the data once: real dates, ranges whose length equals the
 * stated total, 调休上班 only on weekends, no date listed twice, each year once.
 */
export function buildCalendarIndex(data: readonly HolidayYear[]): CalendarIndex {
  const years = new Set<number>();
  const days = new Map<string, SpecialDay>();
  const put = (date: string, day: SpecialDay, where: string) => {
    const existing = days.get(date);
    if (existing) {
      throw new Error(`holiday data: ${date} listed twice (${existing.festival}, ${where})`);
    }
    days.set(date, day);
  };
  for (const year of data) {
    if (years.has(year.year)) throw new Error(`holiday data: year ${year.year} listed twice`);
    years.add(year.year);
    for (const arrangement of year.arrangements) {
      const where = `${year.year} ${arrangement.festival}`;
      const from = parsePlainDate(arrangement.from);
      const to = parsePlainDate(arrangement.to);
      const length = toDayNumber(to) - toDayNumber(from) + 1;
      if (length !== arrangement.days) {
        throw new Error(
          `holiday data: ${where} runs ${length} days, but the notice says ${arrangement.days}`,
        );
      }
      for (let date = from; comparePlainDates(date, to) <= 0; date = addDays(date, 1)) {
        put(date, { kind: 'holiday', festival: arrangement.festival }, where);
      }
      for (const text of arrangement.workdays) {
        const date = parsePlainDate(text);
        if (!isWeekend(date)) {
          throw new Error(`holiday data: ${where} working day ${date} is not a weekend day`);
        }
        put(date, { kind: 'adjusted_workday', festival: arrangement.festival }, where);
      }
    }
  }
  return { years, sortedYears: [...years].sort((a, b) => a - b), days };
}

/** The years whose official arrangement is known to the calendar in use, ascending. */
export function coveredYears(): readonly number[] {
  return currentCalendar().coveredYears();
}

export function isYearCovered(year: number): boolean {
  return currentCalendar().isYearCovered(year);
}

/** Whether `date` is a working day, and why. Throws {@link CalendarCoverageError}. */
export function isWorkingDay(date: PlainDate): WorkingDayStatus {
  return currentCalendar().isWorkingDay(date);
}

/** 春节假期 · 调休上班（春节） · 周末 · 工作日. */
export function describeWorkingDay(status: Pick<WorkingDayStatus, 'reason' | 'festival'>): string {
  switch (status.reason) {
    case 'holiday':
      return `${status.festival ?? '法定节假日'}假期`;
    case 'adjusted_workday':
      return `调休上班（${status.festival ?? '法定节假日'}）`;
    case 'weekend':
      return '周末';
    case 'weekday':
      return '工作日';
  }
}

/**
 * The n-th working day after `from` ("N 个工作日": the start day is not counted, whether or
 * not it is a working day). `n = 0` answers `from` itself. Every day looked at, `from`
 * included, must be in a covered year, else {@link CalendarCoverageError}.
 */
export function addWorkingDays(from: PlainDate, n: number): PlainDate {
  return currentCalendar().addWorkingDays(from, n);
}

/**
 * `from` plus n calendar days ("N 日"; the start day is not counted either). Plain
 * arithmetic: it needs no holiday data and works for any year. Where a rule extends a
 * period that ends on a day off, apply {@link firstWorkingDayOnOrAfter} to the result.
 */
export function addCalendarDays(from: PlainDate, n: number): PlainDate {
  parsePlainDate(from);
  requireDayCount(n);
  return addDays(from, n);
}

/**
 * `date` if it is a working day, else the first working day after it (期间届满的最后一日是
 * 法定休假日的，以法定休假日后的第一日为期间届满的日期).
 */
export function firstWorkingDayOnOrAfter(date: PlainDate): PlainDate {
  return currentCalendar().firstWorkingDayOnOrAfter(date);
}

/**
 * The number of working days after `from` up to and including `to` — the inverse of
 * {@link addWorkingDays}: `addWorkingDays(from, workingDaysBetween(from, to))` is `to` when
 * `to` is a working day. `to` must not be before `from`.
 */
export function workingDaysBetween(from: PlainDate, to: PlainDate): number {
  return currentCalendar().workingDaysBetween(from, to);
}
