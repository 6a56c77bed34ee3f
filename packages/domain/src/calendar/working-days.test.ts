import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, type HolidayYear } from './holidays-data.ts';
import { parsePlainDate, type PlainDate } from './plain-date.ts';
import {
  addCalendarDays,
  addWorkingDays,
  buildCalendarIndex,
  CalendarCoverageError,
  coveredYears,
  describeWorkingDay,
  firstWorkingDayOnOrAfter,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

const d = parsePlainDate;

/**
 * Written out by hand from the three notices (国办发明电〔2023〕7号, 〔2024〕12号,
 * 〔2025〕7号), date by date — deliberately not derived from holidays-data.ts.
 */
const EXPECTED: Record<
  number,
  { off: Record<string, string[]>; work: Record<string, string[]>; workingDays: number }
> = {
  2024: {
    off: {
      元旦: ['2024-01-01'],
      春节: [
        '2024-02-10',
        '2024-02-11',
        '2024-02-12',
        '2024-02-13',
        '2024-02-14',
        '2024-02-15',
        '2024-02-16',
        '2024-02-17',
      ],
      清明节: ['2024-04-04', '2024-04-05', '2024-04-06'],
      劳动节: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05'],
      端午节: ['2024-06-10'],
      中秋节: ['2024-09-15', '2024-09-16', '2024-09-17'],
      国庆节: [
        '2024-10-01',
        '2024-10-02',
        '2024-10-03',
        '2024-10-04',
        '2024-10-05',
        '2024-10-06',
        '2024-10-07',
      ],
    },
    work: {
      春节: ['2024-02-04', '2024-02-18'],
      清明节: ['2024-04-07'],
      劳动节: ['2024-04-28', '2024-05-11'],
      中秋节: ['2024-09-14'],
      国庆节: ['2024-09-29', '2024-10-12'],
    },
    // 262 weekdays − 19 weekdays off + 8 weekend working days
    workingDays: 251,
  },
  2025: {
    off: {
      元旦: ['2025-01-01'],
      春节: [
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-02-01',
        '2025-02-02',
        '2025-02-03',
        '2025-02-04',
      ],
      清明节: ['2025-04-04', '2025-04-05', '2025-04-06'],
      劳动节: ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05'],
      端午节: ['2025-05-31', '2025-06-01', '2025-06-02'],
      '国庆节、中秋节': [
        '2025-10-01',
        '2025-10-02',
        '2025-10-03',
        '2025-10-04',
        '2025-10-05',
        '2025-10-06',
        '2025-10-07',
        '2025-10-08',
      ],
    },
    work: {
      春节: ['2025-01-26', '2025-02-08'],
      劳动节: ['2025-04-27'],
      '国庆节、中秋节': ['2025-09-28', '2025-10-11'],
    },
    // 261 weekdays − 18 weekdays off + 5 weekend working days
    workingDays: 248,
  },
  2026: {
    off: {
      元旦: ['2026-01-01', '2026-01-02', '2026-01-03'],
      春节: [
        '2026-02-15',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-21',
        '2026-02-22',
        '2026-02-23',
      ],
      清明节: ['2026-04-04', '2026-04-05', '2026-04-06'],
      劳动节: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
      端午节: ['2026-06-19', '2026-06-20', '2026-06-21'],
      中秋节: ['2026-09-25', '2026-09-26', '2026-09-27'],
      国庆节: [
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
        '2026-10-04',
        '2026-10-05',
        '2026-10-06',
        '2026-10-07',
      ],
    },
    work: {
      元旦: ['2026-01-04'],
      春节: ['2026-02-14', '2026-02-28'],
      劳动节: ['2026-05-09'],
      国庆节: ['2026-09-20', '2026-10-10'],
    },
    // 261 weekdays − 19 weekdays off + 6 weekend working days
    workingDays: 248,
  },
};

/** The notices' stated totals (共 N 天), festival by festival. */
const STATED_TOTALS: Record<number, Record<string, number>> = {
  2024: { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 1, 中秋节: 3, 国庆节: 7 },
  2025: { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 3, '国庆节、中秋节': 8 },
  2026: { 元旦: 3, 春节: 9, 清明节: 3, 劳动节: 5, 端午节: 3, 中秋节: 3, 国庆节: 7 },
};

function everyDay(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

describe('the official dates of the issue', () => {
  it('2024-10-12 (Saturday) and 2025-01-26 (Sunday) are working days', () => {
    expect(isWorkingDay(d('2024-10-12'))).toEqual({
      date: '2024-10-12',
      working: true,
      reason: 'adjusted_workday',
      festival: '国庆节',
    });
    expect(isWorkingDay(d('2025-01-26'))).toEqual({
      date: '2025-01-26',
      working: true,
      reason: 'adjusted_workday',
      festival: '春节',
    });
  });

  it('2026 Spring Festival: 15–23 February off; 14 and 28 February are working days', () => {
    for (let day = 15; day <= 23; day += 1) {
      const status = isWorkingDay(d(`2026-02-${day}`));
      expect(status).toMatchObject({ working: false, reason: 'holiday', festival: '春节' });
    }
    expect(isWorkingDay(d('2026-02-14'))).toMatchObject({
      working: true,
      reason: 'adjusted_workday',
      festival: '春节',
    });
    expect(isWorkingDay(d('2026-02-28'))).toMatchObject({
      working: true,
      reason: 'adjusted_workday',
      festival: '春节',
    });
    expect(isWorkingDay(d('2026-02-13')).reason).toBe('weekday');
    expect(isWorkingDay(d('2026-02-24')).reason).toBe('weekday');
    expect(isWorkingDay(d('2026-02-21')).reason).toBe('holiday'); // a Saturday inside the holiday
    expect(isWorkingDay(d('2026-03-01')).reason).toBe('weekend');
  });

  it('a 2030 date raises a clear error, never a weekday guess', () => {
    const error = (() => {
      try {
        isWorkingDay(d('2030-03-04'));
      } catch (caught) {
        return caught;
      }
    })() as CalendarCoverageError;
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error.code).toBe('calendar-year-not-covered');
    expect(error.year).toBe(2030);
    expect(error.date).toBe('2030-03-04');
    expect(error.coveredYears).toEqual([2024, 2025, 2026]);
    expect(error.message).toBe(
      'no official holiday data for 2030 (covered: 2024–2026); cannot tell whether 2030-03-04 is a working day',
    );
    expect(error.detail).toBe(
      '2030 年的法定节假日安排尚未录入，无法计算工作日（已录入 2024–2026 年）。',
    );
    expect(() => addWorkingDays(d('2030-03-04'), 0)).toThrow(CalendarCoverageError);
    expect(() => isWorkingDay(d('2023-12-29'))).toThrow(CalendarCoverageError);
  });
});

describe('every day of every covered year', () => {
  it('covers exactly 2024–2026', () => {
    expect(coveredYears()).toEqual([2024, 2025, 2026]);
    expect(HOLIDAY_YEARS.map((year) => year.year)).toEqual([2024, 2025, 2026]);
  });

  for (const [yearText, expected] of Object.entries(EXPECTED)) {
    const year = Number(yearText);

    it(`${year}: each day matches the notice`, () => {
      const off = new Map<string, string>();
      const work = new Map<string, string>();
      for (const [festival, days] of Object.entries(expected.off)) {
        for (const day of days) off.set(day, festival);
      }
      for (const [festival, days] of Object.entries(expected.work)) {
        for (const day of days) work.set(day, festival);
      }
      let workingDays = 0;
      for (const day of everyDay(year)) {
        const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
        const expectedStatus = off.has(day)
          ? { working: false, reason: 'holiday', festival: off.get(day) }
          : work.has(day)
            ? { working: true, reason: 'adjusted_workday', festival: work.get(day) }
            : weekend
              ? { working: false, reason: 'weekend' }
              : { working: true, reason: 'weekday' };
        expect(isWorkingDay(d(day)), day).toEqual({ date: day, ...expectedStatus });
        if (expectedStatus.working) workingDays += 1;
      }
      expect(workingDays).toBe(expected.workingDays);
      // 1 January is a day off every year, so (1 Jan, 31 Dec] holds all the working days.
      expect(workingDaysBetween(d(`${year}-01-01`), d(`${year}-12-31`))).toBe(workingDays);
    });

    it(`${year}: the totals per festival are the notice's`, () => {
      const data = HOLIDAY_YEARS.find((entry) => entry.year === year)!;
      const totals = Object.fromEntries(data.arrangements.map((a) => [a.festival, a.days]));
      expect(totals).toEqual(STATED_TOTALS[year]);
      for (const [festival, days] of Object.entries(expected.off)) {
        expect(days).toHaveLength(STATED_TOTALS[year]![festival]!);
      }
      const adjusted = Object.fromEntries(
        data.arrangements.filter((a) => a.workdays.length > 0).map((a) => [a.festival, a.workdays]),
      );
      expect(adjusted).toEqual(expected.work);
    });
  }
});

describe('addWorkingDays: "N 个工作日" counts from the day after the start', () => {
  it('n = 0 is the start day itself', () => {
    expect(addWorkingDays(d('2026-02-16'), 0)).toBe('2026-02-16');
  });

  it('across the 2026 Spring Festival', () => {
    // Thu 12 Feb: Fri 13 (1), Sat 14 调休上班 (2), 15–23 off, Tue 24 (3).
    expect(addWorkingDays(d('2026-02-12'), 1)).toBe('2026-02-13');
    expect(addWorkingDays(d('2026-02-12'), 2)).toBe('2026-02-14');
    expect(addWorkingDays(d('2026-02-12'), 3)).toBe('2026-02-24');
    // From inside the holiday, the first working day after it is day 1.
    expect(addWorkingDays(d('2026-02-18'), 1)).toBe('2026-02-24');
    // 24, 25, 26, 27 (Tue–Fri), Sat 28 调休上班 is the 5th, Mon 2 March the 6th.
    expect(addWorkingDays(d('2026-02-23'), 5)).toBe('2026-02-28');
    expect(addWorkingDays(d('2026-02-23'), 6)).toBe('2026-03-02');
    // Fifteen working days from the eve of the holiday: 13, 14, 24–28 (5), 2–6 Mar (5), 9–11 Mar.
    expect(addWorkingDays(d('2026-02-12'), 15)).toBe('2026-03-11');
  });

  it('across a year end', () => {
    // Tue 30 Dec 2025: Wed 31 (1), 1–3 Jan off, Sun 4 Jan 调休上班 (2), Mon 5 (3).
    expect(addWorkingDays(d('2025-12-30'), 1)).toBe('2025-12-31');
    expect(addWorkingDays(d('2025-12-30'), 2)).toBe('2026-01-04');
    expect(addWorkingDays(d('2025-12-30'), 3)).toBe('2026-01-05');
    // Fri 27 Dec 2024: Mon 30, Tue 31, 1 Jan off, Thu 2 Jan 2025.
    expect(addWorkingDays(d('2024-12-27'), 3)).toBe('2025-01-02');
  });

  it('stepping beyond the data is an error naming the first missing year', () => {
    expect(addWorkingDays(d('2026-12-30'), 1)).toBe('2026-12-31');
    expect(() => addWorkingDays(d('2026-12-30'), 2)).toThrow(
      expect.objectContaining({ name: 'CalendarCoverageError', year: 2027 }),
    );
  });

  it('refuses negative or fractional counts', () => {
    expect(() => addWorkingDays(d('2026-03-02'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(d('2026-03-02'), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30' as PlainDate, 1)).toThrow(RangeError);
  });

  it('workingDaysBetween is its inverse', () => {
    expect(workingDaysBetween(d('2026-02-12'), d('2026-03-11'))).toBe(15);
    expect(workingDaysBetween(d('2026-02-14'), d('2026-02-23'))).toBe(0);
    expect(workingDaysBetween(d('2026-02-14'), d('2026-02-14'))).toBe(0);
    for (const [from, n] of [
      ['2024-09-13', 7],
      ['2025-09-26', 10],
      ['2026-04-30', 4],
    ] as const) {
      expect(workingDaysBetween(d(from), addWorkingDays(d(from), n))).toBe(n);
    }
    expect(() => workingDaysBetween(d('2026-02-14'), d('2026-02-13'))).toThrow(RangeError);
  });
});

describe('"N 日" is calendar days', () => {
  it('adds plain days, holidays or not, without needing the data', () => {
    expect(addCalendarDays(d('2026-02-12'), 3)).toBe('2026-02-15');
    expect(addWorkingDays(d('2026-02-12'), 3)).toBe('2026-02-24');
    expect(addCalendarDays(d('2029-12-30'), 5)).toBe('2030-01-04');
    expect(() => addCalendarDays(d('2026-02-12'), -3)).toThrow(RangeError);
  });

  it('a period ending on a day off moves to the next working day when a rule says so', () => {
    expect(firstWorkingDayOnOrAfter(addCalendarDays(d('2026-02-12'), 3))).toBe('2026-02-24');
    expect(firstWorkingDayOnOrAfter(d('2026-02-14'))).toBe('2026-02-14');
    expect(firstWorkingDayOnOrAfter(d('2026-03-01'))).toBe('2026-03-02');
  });
});

describe('describeWorkingDay', () => {
  it('says why in Chinese', () => {
    expect(describeWorkingDay(isWorkingDay(d('2026-02-16')))).toBe('春节假期');
    expect(describeWorkingDay(isWorkingDay(d('2026-02-14')))).toBe('调休上班（春节）');
    expect(describeWorkingDay(isWorkingDay(d('2026-03-01')))).toBe('周末');
    expect(describeWorkingDay(isWorkingDay(d('2026-03-02')))).toBe('工作日');
    expect(describeWorkingDay(isWorkingDay(d('2025-10-06')))).toBe('国庆节、中秋节假期');
  });
});

describe('the data is checked when loaded', () => {
  const year = (arrangements: HolidayYear['arrangements']): HolidayYear => ({
    year: 2099,
    notice: 'test',
    documentNumber: 'test',
    arrangements,
  });

  it('a total that does not match its range is refused', () => {
    expect(() =>
      buildCalendarIndex([
        year([{ festival: '春节', from: '2099-01-01', to: '2099-01-03', days: 4, workdays: [] }]),
      ]),
    ).toThrow(/runs 3 days, but the notice says 4/);
  });

  it('a 调休上班 day on a weekday, a date listed twice, or a year twice is refused', () => {
    const ok = { festival: '元旦', from: '2099-01-01', to: '2099-01-01', days: 1, workdays: [] };
    expect(() => buildCalendarIndex([year([{ ...ok, workdays: ['2099-01-05'] }])])).toThrow(
      /not a weekend day/,
    );
    expect(() => buildCalendarIndex([year([ok, { ...ok, festival: '春节' }])])).toThrow(
      /listed twice/,
    );
    expect(() => buildCalendarIndex([year([ok]), year([])])).toThrow(/year 2099 listed twice/);
    expect(() =>
      buildCalendarIndex([year([{ ...ok, from: '2099-02-30', to: '2099-02-30' }])]),
    ).toThrow(RangeError);
  });
});
