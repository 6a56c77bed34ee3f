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
