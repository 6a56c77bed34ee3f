import { HOLIDAY_YEARS, type HolidayYear } from './holidays-data.ts';
import {
  addDays,
  comparePlainDates,
  isWeekend,
  parsePlainDate,
  toDayNumber,
  yearOf,
  type PlainDate,
} from './plain-date.ts';
import type { RegionalLayer } from './regional-holidays.ts';
import {
  buildCalendarIndex,
  CalendarCoverageError,
  requireDayCount,
  type CalendarIndex,
  type WorkingDayStatus,
} from './working-days.ts';

/** A date counted as a working day or not, and whether the calendar really knew. */
export interface CountedDay {
  readonly status: WorkingDayStatus;
  /** Years (national or a chosen regional layer) the calendar had no data for. */
  readonly uncoveredYear?: number;
}

/** The result of a conservative count: the date, and the years it had to guess. */
export interface ConservativeDate {
  readonly date: PlainDate;
  /** Ascending; empty when every day looked at was in a covered year. */
  readonly uncoveredYears: readonly number[];
}

interface LayerIndex {
  readonly layer: RegionalLayer;
  readonly years: ReadonlySet<number>;
  readonly days: ReadonlyMap<string, string>;
}

function indexLayer(layer: RegionalLayer): LayerIndex {
  const years = new Set<number>();
  const days = new Map<string, string>();
  for (const entry of layer.years) {
    if (years.has(entry.year)) throw new Error(`${layer.id}: year ${entry.year} listed twice`);
    years.add(entry.year);
    for (const off of entry.daysOff) {
      const from = parsePlainDate(off.from);
      const to = parsePlainDate(off.to);
      if (toDayNumber(to) - toDayNumber(from) + 1 !== off.days) {
        throw new Error(`${layer.id} ${entry.year} ${off.festival}: range is not ${off.days} days`);
      }
      for (let date = from; comparePlainDates(date, to) <= 0; date = addDays(date, 1)) {
        if (yearOf(date) !== entry.year) throw new Error(`${layer.id}: ${date} outside its year`);
        days.set(date, off.festival);
      }
    }
  }
  return { layer, years, days };
}

/**
 * The working days one agency counts: the State Council's national arrangement (built-in
 * years plus those an administrator entered) and the regional layers the agency chose.
 *
 * Two ways to ask. The strict methods (isWorkingDay, addWorkingDays, …) refuse a date in a
 * year the calendar has no data for, national or of a chosen layer
 * ({@link CalendarCoverageError}). The conservative ones count such a year's weekdays as
 * working days and its weekends as days off, and say which years they guessed, so a
 * deadline can be shown as provisional until the year is entered. Holidays only push an end
 * later, so this is the earliest end the official arrangement can give, except that a
 * 调休上班 weekend falling inside a short period could pull it forward by that day; such a
 * weekend always precedes or follows the holiday it pays back, which then pushes the end
 * later again for any period that reaches it. The result is therefore never a violation,
 * only a provisional `due` (see ../rules/deadline.ts).
 */
export class WorkingCalendar {
  readonly national: readonly HolidayYear[];
  readonly layers: readonly RegionalLayer[];
  private readonly index: CalendarIndex;
  private readonly layerIndexes: readonly LayerIndex[];
  private readonly covered: readonly number[];

  constructor(national: readonly HolidayYear[], layers: readonly RegionalLayer[] = []) {
    this.national = national;
    this.layers = layers;
    this.index = buildCalendarIndex(national);
    this.layerIndexes = layers.map(indexLayer);
    this.covered = this.index.sortedYears.filter((year) =>
      this.layerIndexes.every((layer) => layer.years.has(year)),
    );
  }

  /** This calendar with more national years (an administrator's entries). */
  withNationalYears(years: readonly HolidayYear[]): WorkingCalendar {
    if (years.length === 0) return this;
    const all = [...this.national, ...years].sort((a, b) => a.year - b.year);
    return new WorkingCalendar(all, this.layers);
  }

  withLayers(layers: readonly RegionalLayer[]): WorkingCalendar {
    return layers.length === 0 && this.layers.length === 0
      ? this
      : new WorkingCalendar(this.national, layers);
  }

  /** Years known nationally and in every chosen layer, ascending. */
  coveredYears(): readonly number[] {
    return this.covered;
  }

  isYearCovered(year: number): boolean {
    return this.index.years.has(year) && this.layerIndexes.every((l) => l.years.has(year));
  }

  /** The national years, ascending (without regard to layers). */
  nationalYears(): readonly number[] {
    return this.index.sortedYears;
  }

  private coverageError(date: PlainDate): CalendarCoverageError {
    const year = yearOf(date);
    if (!this.index.years.has(year)) return new CalendarCoverageError(date, this.covered);
    const layer = this.layerIndexes.find((l) => !l.years.has(year))!;
    return new CalendarCoverageError(date, this.covered, `${layer.layer.name}地方节假日安排`);
  }

  /** How the day counts, guessing Monday to Friday for what is not known. */
  countDay(date: PlainDate): CountedDay {
    const year = yearOf(date);
    const nationalKnown = this.index.years.has(year);
    for (const layer of this.layerIndexes) {
      const festival = layer.days.get(date);
      if (festival !== undefined) {
        const status: WorkingDayStatus = {
          date,
          working: false,
          reason: 'holiday',
          festival: `${festival}（${layer.layer.name}）`,
        };
        return nationalKnown && this.isYearCovered(year)
          ? { status }
          : { status, uncoveredYear: year };
      }
    }
    const special = nationalKnown ? this.index.days.get(date) : undefined;
    const status: WorkingDayStatus =
      special?.kind === 'holiday'
        ? { date, working: false, reason: 'holiday', festival: special.festival }
        : special?.kind === 'adjusted_workday'
          ? { date, working: true, reason: 'adjusted_workday', festival: special.festival }
          : isWeekend(date)
            ? { date, working: false, reason: 'weekend' }
            : { date, working: true, reason: 'weekday' };
    return this.isYearCovered(year) ? { status } : { status, uncoveredYear: year };
  }

  /** Whether `date` is a working day, and why. Throws {@link CalendarCoverageError}. */
  isWorkingDay(date: PlainDate): WorkingDayStatus {
    parsePlainDate(date);
    const counted = this.countDay(date);
    if (counted.uncoveredYear !== undefined) throw this.coverageError(date);
    return counted.status;
  }

  /** The n-th working day after `from`; every day looked at must be covered. */
  addWorkingDays(from: PlainDate, n: number): PlainDate {
    parsePlainDate(from);
    requireDayCount(n);
    if (!this.isYearCovered(yearOf(from))) throw this.coverageError(from);
    let date = from;
    for (let counted = 0; counted < n;) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date).working) counted += 1;
    }
    return date;
  }

  firstWorkingDayOnOrAfter(date: PlainDate): PlainDate {
    let current = date;
    while (!this.isWorkingDay(current).working) current = addDays(current, 1);
    return current;
  }

  workingDaysBetween(from: PlainDate, to: PlainDate): number {
    parsePlainDate(from);
    parsePlainDate(to);
    if (comparePlainDates(to, from) < 0) throw new RangeError(`${to} is before ${from}`);
    if (!this.isYearCovered(yearOf(from))) throw this.coverageError(from);
    let count = 0;
    for (let date = addDays(from, 1); comparePlainDates(date, to) <= 0; date = addDays(date, 1)) {
      if (this.isWorkingDay(date).working) count += 1;
    }
    return count;
  }

  /**
   * The n-th working day after `from`, counting the weekdays of years without data as
   * working days: the earliest the period could end.
   */
  conservativeAddWorkingDays(from: PlainDate, n: number): ConservativeDate {
    parsePlainDate(from);
    requireDayCount(n);
    const guessed = new Set<number>();
    let date = from;
    for (let counted = 0; counted < n;) {
      date = addDays(date, 1);
      const day = this.countDay(date);
      if (day.uncoveredYear !== undefined) guessed.add(day.uncoveredYear);
      if (day.status.working) counted += 1;
    }
    return { date, uncoveredYears: [...guessed].sort((a, b) => a - b) };
  }

  /** `date`, or the first working day after it, guessing as above. */
  conservativeFirstWorkingDayOnOrAfter(date: PlainDate): ConservativeDate {
    const guessed = new Set<number>();
    let current = parsePlainDate(date);
    for (;;) {
      const day = this.countDay(current);
      if (day.uncoveredYear !== undefined) guessed.add(day.uncoveredYear);
      if (day.status.working) break;
      current = addDays(current, 1);
    }
    return { date: current, uncoveredYears: [...guessed].sort((a, b) => a - b) };
  }
}

let builtIn: WorkingCalendar | undefined;

/** The national calendar of the years built into holidays-data.ts, no regional layer. */
export function builtInCalendar(): WorkingCalendar {
  builtIn ??= new WorkingCalendar(HOLIDAY_YEARS);
  return builtIn;
}

let current: WorkingCalendar | undefined;

/**
 * The calendar the module-level functions (isWorkingDay, addWorkingDays, deadlineFrom, …)
 * count on: the built-in one, or the one a caller set with {@link withCalendar}. Rules keep
 * calling those functions with their old signatures; the rule evaluation sets the agency's
 * calendar around them. Evaluation is synchronous, so the setting cannot leak into another
 * request.
 */
export function currentCalendar(): WorkingCalendar {
  return current ?? builtInCalendar();
}

/** Runs `fn` (synchronously) counting on `calendar`. */
export function withCalendar<T>(calendar: WorkingCalendar | undefined, fn: () => T): T {
  if (calendar === undefined) return fn();
  const previous = current;
  current = calendar;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
