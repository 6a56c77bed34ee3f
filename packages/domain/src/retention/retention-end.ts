import { addDays, type PlainDate } from '../calendar/plain-date.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import type { Duration } from '../profiles/duration.ts';
import { addMonthsClamped } from '../rules/months.ts';

/**
 * The last day a record made on `start` must still be kept for `duration`.
 *
 * 民法典 第二百零一条、第二百零二条: the first day is not counted, and a period in months or
 * years ends on the corresponding day of the last month, or on that month's last day when
 * it has none (2024-02-29 + 2 years → 2026-02-28). So "2 年" from 2025-03-03 is kept through
 * 2027-03-03 and may go from 2027-03-04.
 *
 * 第二百零三条 (a last day that is a holiday moves on) is not applied: it is about acting by
 * a day, retention is about not destroying before one, and it would need holiday data for
 * years nobody has published yet. A fractional amount is rounded up, since a minimum kept
 * a little longer is still met.
 */
export function retentionEnd(start: PlainDate, duration: Duration): PlainDate {
  switch (duration.unit) {
    case 'years':
      return addMonthsClamped(start, Math.ceil(duration.amount * 12));
    case 'months':
      return addMonthsClamped(start, Math.ceil(duration.amount));
    case 'calendar_days':
      return addDays(start, Math.ceil(duration.amount));
    case 'hours':
      return addDays(start, Math.ceil(duration.amount / 24));
    // No seed states retention in working days; an edited profile that does is counted
    // on the official calendar, which refuses years it has no data for.
    case 'working_days':
      return addWorkingDays(start, Math.ceil(duration.amount));
  }
}
