import type { Duration, DurationUnit } from './duration.ts';

/** The words the regulations themselves use, so an explanation reads like the text. */
const UNIT_TEXT: Readonly<Record<DurationUnit, string>> = {
  hours: '小时',
  calendar_days: '日',
  working_days: '个工作日',
  months: '个月',
  years: '年',
};

/** "3 个工作日", "24 小时", "2 年": for explanations shown to users. */
export function formatDuration(duration: Duration): string {
  return `${duration.amount} ${UNIT_TEXT[duration.unit]}`;
}
