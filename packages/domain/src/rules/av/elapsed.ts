import { instantMs, type Instant } from '../../enforcement/instant.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "1 天 6 小时", "45 分钟": how far past a deadline something happened, to the minute. A
 * delay under a minute still counts (acting at the deadline is late), so it is stated too.
 */
export function formatElapsed(from: Instant, to: Instant): string {
  const ms = Math.max(0, instantMs(to) - instantMs(from));
  if (ms < MINUTE) return '不足 1 分钟';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const parts = [
    days > 0 ? `${days} 天` : '',
    hours > 0 ? `${hours} 小时` : '',
    minutes > 0 ? `${minutes} 分钟` : '',
  ];
  return parts.filter((part) => part !== '').join(' ');
}
