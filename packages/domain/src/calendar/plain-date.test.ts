import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePlainDates,
  daysBetween,
  fromDayNumber,
  InvalidPlainDateError,
  isoWeekday,
  isPlainDate,
  parsePlainDate,
  plainDateOf,
  todayInShanghai,
  toDayNumber,
  weekdayName,
} from './plain-date.ts';

const d = parsePlainDate;

describe('parsePlainDate', () => {
  it('accepts real dates', () => {
    for (const text of ['2024-02-29', '2026-02-28', '2000-02-29', '2026-12-31', '0001-01-01']) {
      expect(parsePlainDate(text)).toBe(text);
    }
  });

  it('refuses dates that do not exist and any other shape', () => {
    for (const text of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '0000-01-01',
      '2026-1-5',
      '20260105',
      '2026-01-05T00:00:00Z',
      ' 2026-01-05',
      '2026-01-05 ',
      '２０２６-01-05',
      '',
    ]) {
      expect(() => parsePlainDate(text), text).toThrow(InvalidPlainDateError);
      expect(isPlainDate(text), text).toBe(false);
    }
    expect(isPlainDate(20260105)).toBe(false);
  });

  it('plainDateOf checks its parts', () => {
    expect(plainDateOf(2026, 2, 14)).toBe('2026-02-14');
    expect(() => plainDateOf(2026, 2, 29)).toThrow(InvalidPlainDateError);
    expect(() => plainDateOf(2026, 1.5, 1)).toThrow(InvalidPlainDateError);
  });
});

describe('day arithmetic', () => {
  it('agrees with Date.UTC for every day from 1900 to 2100', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    const wrong: string[] = [];
    for (let day = first; day <= last; day += 1) {
      const utc = new Date(day * 86_400_000);
      const date = fromDayNumber(day);
      if (
        date !== utc.toISOString().slice(0, 10) ||
        toDayNumber(date) !== day ||
        isoWeekday(date) % 7 !== utc.getUTCDay()
      ) {
        wrong.push(`${day}: ${date}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('round-trips any day number in years 1–9999', () => {
    const min = toDayNumber(d('0001-01-01'));
    const max = toDayNumber(d('9999-12-31'));
    fc.assert(
      fc.property(fc.integer({ min, max }), (day) => toDayNumber(fromDayNumber(day)) === day),
    );
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addDays(d('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addDays(d('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addDays(d('2024-01-01'), 366)).toBe('2025-01-01');
    expect(daysBetween(d('2026-02-14'), d('2026-02-28'))).toBe(14);
    expect(daysBetween(d('2026-02-28'), d('2026-02-14'))).toBe(-14);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addDays(d('2026-01-01'), 0.5)).toThrow(RangeError);
  });

  it('knows the weekdays of the notices', () => {
    expect(isoWeekday(d('2026-02-14'))).toBe(6);
    expect(weekdayName(d('2026-02-14'))).toBe('周六');
    expect(weekdayName(d('2025-01-26'))).toBe('周日');
    expect(weekdayName(d('2024-10-12'))).toBe('周六');
    expect(weekdayName(d('2026-01-01'))).toBe('周四');
  });

  it('compares', () => {
    expect(comparePlainDates(d('2025-12-31'), d('2026-01-01'))).toBe(-1);
    expect(comparePlainDates(d('2026-01-01'), d('2026-01-01'))).toBe(0);
    expect(comparePlainDates(d('2026-01-02'), d('2026-01-01'))).toBe(1);
  });
});

describe('todayInShanghai', () => {
  it('changes date at midnight in Beijing time, not in UTC or locally', () => {
    expect(todayInShanghai(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(todayInShanghai(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('2026-02-14T00:00:00+08:00'))).toBe('2026-02-14');
    expect(todayInShanghai(new Date('2026-02-13T23:59:59-08:00'))).toBe('2026-02-14');
    expect(() => todayInShanghai(new Date(Number.NaN))).toThrow(RangeError);
  });
});
