/** Seconds as the list shows them: mm:ss under an hour (04:05), h:mm:ss from an hour on. */
export function formatMediaDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
    return '—';
  }
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  if (hours === 0) return `${String(minutes).padStart(2, '0')}:${secs}`;
  return `${hours}:${String(minutes).padStart(2, '0')}:${secs}`;
}

/**
 * The length of a recording: what the file says, else the span the officer entered.
 * Undefined when neither is known or the span is inverted.
 */
export function recordingSeconds(
  mediaSeconds: number | undefined,
  startedAt: string | undefined,
  endedAt: string | undefined,
): number | undefined {
  if (mediaSeconds !== undefined && Number.isFinite(mediaSeconds)) return mediaSeconds;
  if (!startedAt || !endedAt) return undefined;
  const span = (Date.parse(endedAt) - Date.parse(startedAt)) / 1000;
  return Number.isFinite(span) && span >= 0 ? span : undefined;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1024-based, one decimal from KB on: 812 B, 1.5 MB, 3.7 GB. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
