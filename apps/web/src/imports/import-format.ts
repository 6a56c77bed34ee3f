import { formatChinaTime } from '../cases/china-time.ts';
import { recordingSeconds } from '../av/av-format.ts';
import type { ImportedFileView } from './imports-api.ts';

const HOUR_MS = 3_600_000;

export interface DeadlineTag {
  readonly color: 'red' | 'orange' | 'blue';
  readonly text: string;
}

/**
 * The 待分配 deadline as a tag: 逾期 in red once passed (the server's `overdue` decides), the
 * hours left otherwise: orange within the last 6 hours, whole days beyond two days.
 */
export function deadlineTag(
  file: Pick<ImportedFileView, 'dueAt' | 'overdue'>,
  now: number,
): DeadlineTag | null {
  if (file.dueAt === null) return null;
  const left = Date.parse(file.dueAt) - now;
  if (file.overdue || left <= 0) {
    const late = Math.floor(Math.max(0, -left) / HOUR_MS);
    return { color: 'red', text: late >= 1 ? `逾期 ${late} 小时` : '逾期' };
  }
  if (left < HOUR_MS) return { color: 'orange', text: '剩余不足 1 小时' };
  const hours = Math.floor(left / HOUR_MS);
  if (hours >= 48) return { color: 'blue', text: `剩余 ${Math.floor(hours / 24)} 天` };
  return { color: hours < 6 ? 'orange' : 'blue', text: `剩余 ${hours} 小时` };
}

/** 拍摄时间 from–until in Beijing time, the end's date left out when it is the same day. */
export function captureSpanText(
  file: Pick<ImportedFileView, 'capturedFrom' | 'capturedUntil'>,
): string {
  const { capturedFrom: from, capturedUntil: until } = file;
  if (!from) return '拍摄时间不详';
  if (!until) return formatChinaTime(from);
  const start = formatChinaTime(from);
  const end = formatChinaTime(until);
  return start.slice(0, 10) === end.slice(0, 10)
    ? `${start} – ${end.slice(11)}`
    : `${start} – ${end}`;
}

/** The length: what ffprobe read, else the capture span. */
export function durationOfImport(
  file: Pick<ImportedFileView, 'media' | 'capturedFrom' | 'capturedUntil'>,
): number | undefined {
  return recordingSeconds(
    file.media?.durationSeconds,
    file.capturedFrom ?? undefined,
    file.capturedUntil ?? undefined,
  );
}

/**
 * The AV record form's capture fields from the import: the span the server read, the end
 * from the duration when only the start is known, and the camera's serial.
 */
export function registrationPrefill(
  file: Pick<
    ImportedFileView,
    'capturedFrom' | 'capturedUntil' | 'media' | 'deviceSerial' | 'bodyCamera'
  >,
): { recordingStartedAt?: string; recordingEndedAt?: string; deviceSerial?: string } {
  const serial = file.bodyCamera?.serial ?? file.deviceSerial;
  const seconds = file.media?.durationSeconds;
  let until = file.capturedUntil ?? undefined;
  if (!until && file.capturedFrom && seconds !== undefined && Number.isFinite(seconds)) {
    until = new Date(Date.parse(file.capturedFrom) + Math.round(seconds) * 1000).toISOString();
  }
  return {
    ...(file.capturedFrom ? { recordingStartedAt: file.capturedFrom } : {}),
    ...(file.capturedFrom && until ? { recordingEndedAt: until } : {}),
    ...(serial ? { deviceSerial: serial } : {}),
  };
}

/** 设备 as a line: the label, else the serial; an unknown serial says it is not registered. */
export function bodyCameraText(
  file: Pick<ImportedFileView, 'bodyCamera' | 'deviceSerial'>,
): string {
  if (file.bodyCamera) return file.bodyCamera.label ?? file.bodyCamera.serial;
  return file.deviceSerial ? `${file.deviceSerial}（未登记）` : '设备不详';
}
