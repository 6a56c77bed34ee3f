import { addMonthsClamped } from './months.ts';
import {
  addCalendarDays,
  addWorkingDays,
  firstWorkingDayOnOrAfter,
} from '../calendar/working-days.ts';
import {
  addHours,
  endOfShanghaiDay,
  shanghaiDateOf,
  type Instant,
} from '../enforcement/instant.ts';
import type { Duration } from '../profiles/duration.ts';

/**
 * The moment a period that starts at `start` runs out: the obligation is met by acting
 * strictly before it.
 *
 * - Hours run from the moment itself ("24 小时内").
 * - Days are counted from the next day (期间开始的日不计算在内) and end at midnight China
 *   time after the last day.
 * - "N 个工作日" skip weekends and official holidays and count adjusted workdays
 *   (../calendar/); a year without holiday data is an error, never a guess.
 * - "N 日" are calendar days, but a last day that is a day off moves to the next working
 *   day (民法典 第二百零三条: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的
 *   最后一日).
 */
export function deadlineFrom(start: Instant, duration: Duration): Instant {
  const startDate = shanghaiDateOf(start);
  switch (duration.unit) {
    case 'hours':
      return addHours(start, duration.amount);
    case 'working_days':
      return endOfShanghaiDay(addWorkingDays(startDate, duration.amount));
    case 'calendar_days':
      return endOfShanghaiDay(
        firstWorkingDayOnOrAfter(addCalendarDays(startDate, duration.amount)),
      );
    case 'months':
      return endOfShanghaiDay(addMonthsClamped(startDate, duration.amount));
    case 'years':
      return endOfShanghaiDay(addMonthsClamped(startDate, duration.amount * 12));
  }
}
