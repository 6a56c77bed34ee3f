import dayjs from 'dayjs';

export function formatDateTime(iso: string | null | undefined, fallback = '—'): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : fallback;
}

export function formatDate(iso: string | null | undefined, fallback = '—'): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : fallback;
}

/** 上午好 / 下午好 / 晚上好 by the browser's clock. */
export function greeting(now: Date = new Date()): string {
  const hour = now.getHours();
  if (hour < 5) return '您好';
  if (hour < 12) return '上午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}
