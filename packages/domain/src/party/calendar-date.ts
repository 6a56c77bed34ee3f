/**
 * Dates as the identifiers carry them (GB/T 7408 calendar dates, YYYYMMDD or YYYY-MM-DD),
 * checked by arithmetic rather than `Date`, which rolls 2026-02-30 over to 2026-03-02 and
 * depends on the time zone of the browser or server.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A `YYYY-MM-DD` date passed in by the caller; a wrong one is a programming error. */
export function assertIsoDate(text: string, name: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || !isRealDate({ year: +match[1]!, month: +match[2]!, day: +match[3]! })) {
    throw new RangeError(
      `${name} must be a real date written YYYY-MM-DD, got ${JSON.stringify(text)}`,
    );
  }
}
