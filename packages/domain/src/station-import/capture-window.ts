import { instantFromMs, instantMs, type Instant } from '../enforcement/instant.ts';
import type { CaptureWindow } from './match-recording.ts';

/**
 * When a docked camera's file was recorded. Body cameras write the start as the file's
 * creation time; without it, the file's modification time is when the camera stopped
 * writing, and the duration gives the start. Without either, the file cannot be placed by
 * time.
 */
export function captureWindowOf(file: {
  readonly creationTime?: Instant;
  readonly modifiedAt?: Instant;
  readonly durationSeconds?: number;
}): CaptureWindow | undefined {
  const durationMs = Math.max(0, Math.round((file.durationSeconds ?? 0) * 1000));
  if (file.creationTime !== undefined) {
    return {
      from: file.creationTime,
      until: instantFromMs(instantMs(file.creationTime) + durationMs),
    };
  }
  if (file.modifiedAt !== undefined && file.durationSeconds !== undefined) {
    return { from: instantFromMs(instantMs(file.modifiedAt) - durationMs), until: file.modifiedAt };
  }
  return undefined;
}
