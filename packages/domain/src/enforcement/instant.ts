import { fromDayNumber, isPlainDate, type PlainDate } from '../calendar/plain-date.ts';

/**
 * A moment, as an ISO 8601 string with an explicit offset or `Z`
 * (`2025-03-03T09:00:00+08:00`). Rules compare instants as milliseconds and turn them into
 * China dates only through {@link shanghaiDateOf}, so no result depends on the process TZ.
 */
export type Instant = string;

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

export function isInstant(value: unknown): value is Instant {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  // Date.parse rolls 02-30 over into March; the date part must be a real date.
  return match !== null && isPlainDate(match[1]) && !Number.isNaN(Date.parse(value));
}

export function instantMs(instant: Instant): number {
  if (!isInstant(instant)) throw new RangeError(`not an ISO 8601 instant with offset: ${instant}`);
  return Date.parse(instant);
}

export function instantFromMs(ms: number): Instant {
  return new Date(ms).toISOString();
}

export function addHours(instant: Instant, hours: number): Instant {
  return instantFromMs(instantMs(instant) + hours * MS_PER_HOUR);
}

/** The calendar date in China at that moment. */
export function shanghaiDateOf(instant: Instant): PlainDate {
  return fromDayNumber(Math.floor((instantMs(instant) + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The first moment after the China date `date` has ended (its following midnight). */
export function endOfShanghaiDay(date: PlainDate): Instant {
  return instantFromMs(Date.parse(`${date}T00:00:00+08:00`) + MS_PER_DAY);
}

/** `2025-03-03 09:00` in China time, as messages show it. */
export function formatShanghai(instant: Instant): string {
  const shifted = new Date(instantMs(instant) + SHANGHAI_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

export function isBefore(a: Instant, b: Instant): boolean {
  return instantMs(a) < instantMs(b);
}
