/**
 * A calendar date without a time or a zone: `YYYY-MM-DD`, meant as a date in China
 * (Asia/Shanghai). Everything here is integer arithmetic on day numbers, so results never
 * depend on the process time zone; no local-time `Date` method is used anywhere.
 */
declare const plainDateBrand: unique symbol;
export type PlainDate = string & { readonly [plainDateBrand]: true };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export class InvalidPlainDateError extends RangeError {
  readonly input: string;
  constructor(input: string) {
    super(`not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(input)}`);
    this.name = 'InvalidPlainDateError';
    this.input = input;
  }
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The date of year, month (1–12) and day; throws unless it is a real date in 0001–9999. */
export function plainDateOf(year: number, month: number, day: number): PlainDate {
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    year < 1 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new InvalidPlainDateError(text);
  }
  return text as PlainDate;
}

export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Strict: exactly `YYYY-MM-DD`, and a date that exists (`2026-02-30` is refused). */
export function parsePlainDate(value: string): PlainDate {
  if (!isPlainDate(value)) throw new InvalidPlainDateError(value);
  return value;
}

export function dateParts(date: PlainDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil), integers only.
 */
export function toDayNumber(date: PlainDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The inverse of {@link toDayNumber} (civil_from_days). */
export function fromDayNumber(dayNumber: number): PlainDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`not a day number: ${dayNumber}`);
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return plainDateOf(year, month, day);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function isoWeekday(date: PlainDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isWeekend(date: PlainDate): boolean {
  return isoWeekday(date) >= 6;
}

export function comparePlainDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** Today's date in China at the instant `now`, whatever the process time zone. */
export function todayInShanghai(now: Date): PlainDate {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid Date');
  return fromDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** 周一 … 周日, as the State Council notices write them. */
export function weekdayName(date: PlainDate): string {
  return WEEKDAY_NAMES[isoWeekday(date) - 1]!;
}
