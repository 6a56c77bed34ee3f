import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../calendar/plain-date.ts';
import {
  endOfShanghaiDay,
  formatShanghai,
  instantMs,
  isInstant,
  shanghaiDateOf,
} from './instant.ts';

describe('instants', () => {
  it('accepts only ISO 8601 with an offset, so no instant depends on the process zone', () => {
    expect(isInstant('2025-03-03T09:00:00+08:00')).toBe(true);
    expect(isInstant('2025-03-03T01:00:00.123Z')).toBe(true);
    expect(isInstant('2025-03-03T09:00:00')).toBe(false);
    expect(isInstant('2025-02-30T09:00:00Z')).toBe(false);
    expect(isInstant('2025-03-03')).toBe(false);
    expect(() => instantMs('2025-03-03 09:00')).toThrow(RangeError);
  });

  it('names the date in China, which is a day ahead of UTC in the evening', () => {
    expect(shanghaiDateOf('2025-03-03T15:59:59Z')).toBe('2025-03-03');
    expect(shanghaiDateOf('2025-03-03T16:00:00Z')).toBe('2025-03-04');
    expect(shanghaiDateOf('2025-03-04T00:30:00+08:00')).toBe('2025-03-04');
  });

  it('ends a China day at the following midnight China time', () => {
    expect(endOfShanghaiDay('2025-12-31' as PlainDate)).toBe('2025-12-31T16:00:00.000Z');
  });

  it('formats in China time for messages', () => {
    expect(formatShanghai('2025-03-03T16:05:00Z')).toBe('2025-03-04 00:05');
  });
});
