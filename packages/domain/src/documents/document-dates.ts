import { dateParts, type PlainDate } from '../calendar/plain-date.ts';
import { instantMs, type Instant } from '../enforcement/instant.ts';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * 成文日期 as GB/T 9704-2012 7.3.5.1 writes it: Arabic numerals, year, month and day in full,
 * no leading zeros (2026年12月7日).
 */
export function documentDate(date: PlainDate): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month}月${day}日`;
}

/** A time in a transcript (询问时间 …), Asia/Shanghai: 2026年12月7日14时05分. */
export function documentDateTime(instant: Instant): string {
  const shifted = new Date(instantMs(instant) + SHANGHAI_OFFSET_MS);
  const minutes = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日${shifted.getUTCHours()}时${minutes}分`;
}
