import { describe, expect, it } from 'vitest';
import { chinaDueDay, formatDueBy } from './china-time.ts';

describe('deadlines as a clerk reads them', () => {
  it('show a deadline at China midnight as the end of the day before', () => {
    // 2026-12-17 00:00 in China: the 16th is the last day allowed.
    expect(formatDueBy('2026-12-16T16:00:00.000Z')).toBe('2026年12月16日24时前');
    expect(chinaDueDay('2026-12-16T16:00:00.000Z')).toBe('2026-12-16');
    expect(formatDueBy('2027-01-01T00:00:00+08:00')).toBe('2026年12月31日24时前');
  });

  it('show any other deadline at its minute, on its own day', () => {
    expect(formatDueBy('2026-12-16T07:30:00.000Z')).toBe('2026-12-16 15:30 前');
    expect(chinaDueDay('2026-12-16T07:30:00.000Z')).toBe('2026-12-16');
    expect(formatDueBy(null)).toBe('—');
  });
});
