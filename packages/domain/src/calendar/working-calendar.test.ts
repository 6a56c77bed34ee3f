import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from './notice-parser.ts';
import { noticeErrorInChinese } from './notice-errors.ts';
import { parsePlainDate as d } from './plain-date.ts';
import { regionalLayer, REGIONAL_LAYERS } from './regional-holidays.ts';
import {
  builtInCalendar,
  currentCalendar,
  WorkingCalendar,
  withCalendar,
} from './working-calendar.ts';
import { addWorkingDays, CalendarCoverageError, isWorkingDay } from './working-days.ts';

const NOTICE_2027 = readFileSync(
  new URL('../../../../testdata/holiday-notices/notice-2027-made-up.txt', import.meta.url),
  'utf8',
);
const year2027 = parseHolidayNotice(NOTICE_2027);

describe('conservative counting outside coverage', () => {
  it('counts the weekdays of a year without data as working days, and says which year', () => {
    const calendar = builtInCalendar();
    // 2026-12-30 (Wed) + 5: Thu 31, then 2027-01-01 (Fri), 04 (Mon), 05, 06.
    expect(calendar.conservativeAddWorkingDays(d('2026-12-30'), 5)).toEqual({
      date: '2027-01-06',
      uncoveredYears: [2027],
    });
    // Strict counting still refuses the year.
    expect(() => calendar.addWorkingDays(d('2026-12-30'), 5)).toThrow(CalendarCoverageError);
  });

  it('is exact, with no guessed year, inside coverage', () => {
    expect(builtInCalendar().conservativeAddWorkingDays(d('2026-09-30'), 1)).toEqual({
      date: '2026-10-08',
      uncoveredYears: [],
    });
  });

  it('is never later than the exact count once the year is entered (no 调休 weekend in reach)', () => {
    const entered = builtInCalendar().withNationalYears([year2027]);
    // Across the made-up 春节 2027 (02-05 to 02-12 off): the guess ends earlier.
    const guess = builtInCalendar().conservativeAddWorkingDays(d('2027-02-03'), 5);
    const exact = entered.addWorkingDays(d('2027-02-03'), 5);
    expect(guess).toEqual({ date: '2027-02-10', uncoveredYears: [2027] });
    expect(exact).toBe('2027-02-18');
    expect(entered.conservativeAddWorkingDays(d('2027-02-03'), 5)).toEqual({
      date: exact,
      uncoveredYears: [],
    });
  });

  it('moves a last day off on, guessing only weekends in an unknown year', () => {
    // 2027-03-07 is a Sunday.
    expect(builtInCalendar().conservativeFirstWorkingDayOnOrAfter(d('2027-03-07'))).toEqual({
      date: '2027-03-08',
      uncoveredYears: [2027],
    });
  });
});

describe('entered national years', () => {
  it('merge with the built-in ones and cannot repeat one', () => {
    const calendar = builtInCalendar().withNationalYears([year2027]);
    expect(calendar.coveredYears()).toEqual([2024, 2025, 2026, 2027]);
    expect(calendar.isWorkingDay(d('2027-01-31'))).toMatchObject({
      working: true,
      reason: 'adjusted_workday',
      festival: '春节',
    });
    expect(() => calendar.withNationalYears([year2027])).toThrow(/2027 listed twice/);
  });

  it('answer through the module functions inside withCalendar only', () => {
    const calendar = builtInCalendar().withNationalYears([year2027]);
    expect(withCalendar(calendar, () => addWorkingDays(d('2027-02-03'), 5))).toBe('2027-02-18');
    expect(currentCalendar()).toBe(builtInCalendar());
    expect(() => isWorkingDay(d('2027-02-03'))).toThrow(CalendarCoverageError);
  });
});

describe('regional layers', () => {
  const ningxia = builtInCalendar().withLayers([regionalLayer('ningxia')]);

  it('make the layer’s days off days off for the agency that chose it', () => {
    // 开斋节 2026 (a Friday) in 宁夏; nationally a working day.
    expect(builtInCalendar().isWorkingDay(d('2026-03-20')).working).toBe(true);
    expect(ningxia.isWorkingDay(d('2026-03-20'))).toEqual({
      date: '2026-03-20',
      working: false,
      reason: 'holiday',
      festival: '开斋节（宁夏回族自治区）',
    });
    expect(ningxia.addWorkingDays(d('2026-03-19'), 1)).toBe('2026-03-23');
  });

  it('leave a year the layer lacks uncovered, with the layer named', () => {
    const entered = builtInCalendar().withNationalYears([year2027]);
    expect(entered.withLayers([regionalLayer('dehong')]).coveredYears()).toEqual([2026, 2027]);
    expect(() => ningxia.isWorkingDay(d('2025-06-06'))).toThrow(
      expect.objectContaining({
        detail: expect.stringContaining('2025 年的宁夏回族自治区地方节假日安排尚未录入'),
      }),
    );
    expect(ningxia.conservativeAddWorkingDays(d('2025-06-05'), 1)).toEqual({
      date: '2025-06-06',
      uncoveredYears: [2025],
    });
  });

  it('say in their data that nobody checked them against the regional notice', () => {
    for (const layer of REGIONAL_LAYERS) {
      for (const year of layer.years) {
        expect(year.verified).toBe(false);
        expect(year.source).toMatch(/^未核对原文/);
      }
    }
    // Every range is as long as stated (checked when a calendar is built).
    expect(() => new WorkingCalendar([], REGIONAL_LAYERS)).not.toThrow();
  });
});

describe('notice errors in Chinese', () => {
  it('translate what the parser says', () => {
    const bad = NOTICE_2027.replace('放假调休，共8天', '放假调休，共9天');
    let message = '';
    try {
      parseHolidayNotice(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(noticeErrorInChinese(message)).toBe(
      '二、春节：通知写共 9 天，但 2027-02-05 至 2027-02-12 是 8 天',
    );
    expect(noticeErrorInChinese('no numbered items (一、元旦：…) found')).toMatch(/编号条目/);
  });
});
