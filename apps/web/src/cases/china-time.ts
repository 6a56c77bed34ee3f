import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * Times on case pages are times in China (UTC+8), whatever the browser's zone: a record
 * says "2025-03-03 09:30" and means Beijing time, and is sent as 2025-03-03T09:30:00+08:00.
 * The pickers hold that wall-clock time as a plain local dayjs.
 */
const CHINA_OFFSET_MINUTES = 8 * 60;
const WALL_CLOCK = 'YYYY-MM-DDTHH:mm:ss';

/** A picker's wall-clock value, read as time in China, as an ISO instant with +08:00. */
export function toChinaInstant(value: Dayjs): string {
  return `${value.format(WALL_CLOCK)}+08:00`;
}

/** An instant as the wall-clock time in China, for a picker. */
export function chinaWallClock(instant: string): Dayjs {
  return dayjs(dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES).format(WALL_CLOCK));
}

/** Now, as the wall-clock time in China. */
export function chinaNow(): Dayjs {
  return chinaWallClock(new Date().toISOString());
}

export function formatChinaTime(instant: string | null | undefined, fallback = '—'): string {
  return instant
    ? dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm')
    : fallback;
}

export function formatChinaDate(instant: string | null | undefined, fallback = '—'): string {
  return instant ? dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD') : fallback;
}

/**
 * The China date a deadline still allows: a deadline at China midnight ends the day before
 * (2026-12-17T00:00+08:00 → 2026-12-16), any other instant its own day. The due calendar
 * files a duty under this day, not under the day it is already late on.
 */
export function chinaDueDay(instant: string | null | undefined, fallback = '—'): string {
  if (!instant) return fallback;
  const china = dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES);
  const atMidnight = china.format('HH:mm:ss.SSS') === '00:00:00.000';
  return (atMidnight ? china.subtract(1, 'day') : china).format('YYYY-MM-DD');
}

/**
 * "Due by …" as the finding messages say it: 2026年12月16日24时前 for a deadline at China
 * midnight (not "2026-12-17 00:00", which reads as if the 17th were still allowed), and
 * 2026-12-16 15:30 前 otherwise.
 */
export function formatDueBy(instant: string | null | undefined, fallback = '—'): string {
  if (!instant) return fallback;
  const china = dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES);
  if (china.format('HH:mm:ss.SSS') !== '00:00:00.000')
    return `${china.format('YYYY-MM-DD HH:mm')} 前`;
  return `${dayjs(chinaDueDay(instant)).format('YYYY年M月D日')}24时前`;
}
