import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration-text.ts';
import {
  compareDurations,
  stricterDeadline,
  stricterRetention,
  type Duration,
} from './duration.ts';

const d = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit });

describe('comparing durations', () => {
  it('orders same units and hours against calendar days', () => {
    expect(compareDurations(d(2, 'working_days'), d(5, 'working_days'))).toBe('shorter');
    expect(compareDurations(d(24, 'hours'), d(2, 'calendar_days'))).toBe('shorter');
    expect(compareDurations(d(48, 'hours'), d(2, 'calendar_days'))).toBe('equal');
    expect(compareDurations(d(72, 'hours'), d(2, 'calendar_days'))).toBe('longer');
  });

  it('orders months against years exactly', () => {
    expect(compareDurations(d(6, 'months'), d(2, 'years'))).toBe('shorter');
    expect(compareDurations(d(24, 'months'), d(2, 'years'))).toBe('equal');
  });

  it('orders calendar against working days only when no holiday can change the answer', () => {
    // n working days last at least n calendar days.
    expect(compareDurations(d(3, 'calendar_days'), d(5, 'working_days'))).toBe('shorter');
    expect(compareDurations(d(5, 'working_days'), d(3, 'calendar_days'))).toBe('longer');
    expect(compareDurations(d(24, 'hours'), d(2, 'working_days'))).toBe('shorter');
    // 3 working days can end before or after 5 calendar days, depending on the week.
    expect(compareDurations(d(5, 'calendar_days'), d(3, 'working_days'))).toBeUndefined();
    expect(compareDurations(d(2, 'calendar_days'), d(2, 'working_days'))).toBe('shorter');
  });
});

describe('stricterDeadline', () => {
  it('takes the deadline that can never end later', () => {
    expect(stricterDeadline(d(24, 'hours'), d(2, 'calendar_days'))).toEqual({
      kind: 'one',
      deadline: d(24, 'hours'),
      from: 'a',
    });
    expect(stricterDeadline(d(5, 'working_days'), d(3, 'working_days'))).toEqual({
      kind: 'one',
      deadline: d(3, 'working_days'),
      from: 'b',
    });
  });

  it('keeps both when only dates could tell, unless the caller supplies them', () => {
    const a = d(5, 'calendar_days');
    const b = d(3, 'working_days');
    expect(stricterDeadline(a, b)).toEqual({ kind: 'both', deadlines: [a, b] });
    // E.g. starting on a Friday: 5 calendar days end Wednesday, 3 working days Wednesday too;
    // starting on a Thursday before a long holiday, working days end much later.
    const endOf = (x: Duration) => (x.unit === 'calendar_days' ? x.amount : x.amount + 7);
    expect(stricterDeadline(a, b, { endOf })).toEqual({ kind: 'one', deadline: a, from: 'a' });
  });
});

describe('stricterRetention', () => {
  it('keeps the longer minimum', () => {
    expect(stricterRetention(d(6, 'months'), d(2, 'years'))).toEqual(d(2, 'years'));
    expect(stricterRetention(d(3, 'years'), d(2, 'years'))).toEqual(d(3, 'years'));
  });
});

describe('formatDuration', () => {
  it('uses the words of the regulations', () => {
    expect(formatDuration(d(3, 'working_days'))).toBe('3 个工作日');
    expect(formatDuration(d(24, 'hours'))).toBe('24 小时');
    expect(formatDuration(d(6, 'months'))).toBe('6 个月');
  });
});
