import { describe, expect, it } from 'vitest';
import { captureWindowOf } from './capture-window.ts';

describe('captureWindowOf', () => {
  it('runs from the creation time the camera wrote for the duration', () => {
    expect(
      captureWindowOf({ creationTime: '2026-03-03T01:00:00.000Z', durationSeconds: 90.5 }),
    ).toEqual({ from: '2026-03-03T01:00:00.000Z', until: '2026-03-03T01:01:30.500Z' });
  });

  it('falls back to the modification time as the end', () => {
    expect(
      captureWindowOf({ modifiedAt: '2026-03-03T01:10:00.000Z', durationSeconds: 600 }),
    ).toEqual({ from: '2026-03-03T01:00:00.000Z', until: '2026-03-03T01:10:00.000Z' });
  });

  it('gives nothing when the file tells neither', () => {
    expect(captureWindowOf({ modifiedAt: '2026-03-03T01:10:00.000Z' })).toBeUndefined();
    expect(captureWindowOf({ durationSeconds: 3 })).toBeUndefined();
  });
});
