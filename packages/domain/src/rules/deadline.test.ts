import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { addWorkingDays, CalendarCoverageError } from '../calendar/working-days.ts';
import { deadlineDetailFrom, deadlineFrom, formatDueBy } from './deadline.ts';
import { addMonthsClamped } from './months.ts';
import type { PlainDate } from '../calendar/plain-date.ts';

const d = (text: string) => text as PlainDate;

describe('deadlineFrom', () => {
  it('runs hours from the moment itself', () => {
    expect(deadlineFrom('2025-03-03T18:30:00+08:00', { amount: 24, unit: 'hours' })).toBe(
      '2025-03-04T10:30:00.000Z',
    );
  });

  it('counts working days from the next day and ends at midnight China time', () => {
    // Friday 2025-03-07 → Mon 10, Tue 11; the period ends as Wednesday begins in China.
    expect(deadlineFrom('2025-03-07T22:00:00+08:00', { amount: 2, unit: 'working_days' })).toBe(
      '2025-03-11T16:00:00.000Z',
    );
  });

  it('skips the Spring Festival holiday and counts its adjusted workdays', () => {
    // 2026: 春节 holiday 02-15…02-23, 02-14 (Sat) and 02-28 (Sat) are workdays.
    expect(deadlineFrom('2026-02-13T12:00:00+08:00', { amount: 2, unit: 'working_days' })).toBe(
      '2026-02-24T16:00:00.000Z',
    );
  });

  it('takes the China date of the start whatever offset it was written in', () => {
    // 2025-03-07T17:00Z is already Saturday 01:00 in China.
    expect(deadlineFrom('2025-03-07T17:00:00Z', { amount: 1, unit: 'working_days' })).toBe(
      '2025-03-10T16:00:00.000Z',
    );
  });

  it('moves a calendar-day period ending on a day off to the next working day', () => {
    // 2025-09-10 + 20 days = 2025-09-30 (Tuesday, working): unchanged.
    expect(deadlineFrom('2025-09-10T09:00:00+08:00', { amount: 20, unit: 'calendar_days' })).toBe(
      '2025-09-30T16:00:00.000Z',
    );
    // 2025-09-12 + 20 days = 2025-10-02, inside the National Day holiday → 2025-10-09.
    expect(deadlineFrom('2025-09-12T09:00:00+08:00', { amount: 20, unit: 'calendar_days' })).toBe(
      '2025-10-09T16:00:00.000Z',
    );
  });

  it('counts a year without holiday data Monday to Friday, and says it guessed', () => {
    // 2030-05-03 is a Friday: + 2 working days → Tuesday 2030-05-07, provisional.
    expect(
      deadlineDetailFrom('2030-05-03T09:00:00+08:00', { amount: 2, unit: 'working_days' }),
    ).toEqual({ at: '2030-05-07T16:00:00.000Z', uncoveredYears: [2030] });
    expect(
      deadlineDetailFrom('2025-09-12T09:00:00+08:00', { amount: 20, unit: 'calendar_days' }),
    ).toEqual({ at: '2025-10-09T16:00:00.000Z', uncoveredYears: [] });
    // Strict counting still refuses the year.
    expect(() => addWorkingDays(parsePlainDate('2030-05-03'), 2)).toThrow(CalendarCoverageError);
  });
});

describe('formatDueBy', () => {
  it('shows a midnight deadline as the end of its last day, not 00:00 of the next', () => {
    expect(formatDueBy('2026-12-16T16:00:00.000Z')).toBe('2026年12月16日24时前');
    expect(formatDueBy('2026-12-31T16:00:00.000Z')).toBe('2026年12月31日24时前');
    expect(formatDueBy('2026-12-16T07:30:00.000Z')).toBe('2026-12-16 15:30 前');
  });
});

describe('addMonthsClamped', () => {
  it('keeps the day, or the last day of a shorter month', () => {
    expect(addMonthsClamped(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonthsClamped(d('2024-02-29'), 12)).toBe('2025-02-28');
    expect(addMonthsClamped(d('2025-11-15'), 6)).toBe('2026-05-15');
  });
});
