import { describe, expect, it } from 'vitest';
import { formatBytes, formatMediaDuration, recordingSeconds } from './av-format.ts';

describe('recording length as the AV list shows it (mm:ss, h:mm:ss)', () => {
  it('writes under an hour as mm:ss and from an hour on as h:mm:ss', () => {
    expect(formatMediaDuration(0)).toBe('00:00');
    expect(formatMediaDuration(5)).toBe('00:05');
    expect(formatMediaDuration(245)).toBe('04:05');
    expect(formatMediaDuration(3599)).toBe('59:59');
    expect(formatMediaDuration(3600)).toBe('1:00:00');
    expect(formatMediaDuration(3723)).toBe('1:02:03');
    expect(formatMediaDuration(36_000 + 59)).toBe('10:00:59');
  });

  it('rounds fractions of a second the way ffprobe reports them', () => {
    expect(formatMediaDuration(59.4)).toBe('00:59');
    expect(formatMediaDuration(59.6)).toBe('01:00');
    expect(formatMediaDuration(3599.5)).toBe('1:00:00');
  });

  it('says nothing it does not know', () => {
    expect(formatMediaDuration(undefined)).toBe('—');
    expect(formatMediaDuration(null)).toBe('—');
    expect(formatMediaDuration(Number.NaN)).toBe('—');
    expect(formatMediaDuration(-1)).toBe('—');
  });

  it('takes the file’s duration first, else the capture times entered', () => {
    expect(recordingSeconds(12.5, undefined, undefined)).toBe(12.5);
    expect(recordingSeconds(42, '2025-03-03T09:00:00+08:00', '2025-03-03T10:00:00+08:00')).toBe(42);
    expect(recordingSeconds(undefined, '2025-03-03T09:00:00+08:00', '2025-03-03T01:01:30Z')).toBe(
      90,
    );
    expect(
      recordingSeconds(undefined, '2025-03-03T10:00:00+08:00', '2025-03-03T09:00:00+08:00'),
    ).toBeUndefined();
    expect(recordingSeconds(undefined, '2025-03-03T09:00:00+08:00', undefined)).toBeUndefined();
  });
});

describe('file sizes', () => {
  it('uses 1024-based units with one decimal from KB on', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(3.7 * 1024 ** 3)).toBe('3.7 GB');
    expect(formatBytes(2 * 1024 ** 4)).toBe('2.0 TB');
    expect(formatBytes(undefined)).toBe('—');
    expect(formatBytes(-5)).toBe('—');
  });
});
