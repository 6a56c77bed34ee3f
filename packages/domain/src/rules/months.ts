import { dateParts, daysInMonth, plainDateOf, type PlainDate } from '../calendar/plain-date.ts';

/** The same day `months` later; the 31st becomes the month's last day when it has none. */
export function addMonthsClamped(date: PlainDate, months: number): PlainDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be whole, not ${months}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return plainDateOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
