import { formatShanghai } from '../../enforcement/instant.ts';
import type { AvRecord } from '../../records/av-record.ts';

const KIND_LABELS: Readonly<Record<AvRecord['kind'], string>> = {
  video: '录像',
  audio: '录音',
  photo: '照片',
  cctv: '视频监控',
};

/**
 * 音像记录“某某案_20250303_01_张三_询问.mp4”（录像，2025-03-03 09:00 至 2025-03-03 10:00), or
 * by id before it has a name: enough to find the file.
 */
export function describeAv(av: AvRecord): string {
  const span = `${formatShanghai(av.recordingStartedAt)} 至 ${formatShanghai(av.recordingEndedAt)}`;
  const called = av.name === undefined ? ` ${av.id}` : `“${av.name}”`;
  return `音像记录${called}（${KIND_LABELS[av.kind]}，${span}）`;
}
