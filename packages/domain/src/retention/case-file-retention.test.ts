import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../calendar/plain-date.ts';
import {
  caseFileRetainUntil,
  formatCaseFileRetention,
  STANDARD_CASE_FILE_RETENTIONS,
} from './case-file-retention.ts';

describe('case-file retention', () => {
  it('offers 永久, 30 年 and 10 年', () => {
    expect(STANDARD_CASE_FILE_RETENTIONS.map(formatCaseFileRetention)).toEqual([
      '永久',
      '30 年',
      '10 年',
    ]);
  });

  it('keeps a file through 31 December of the archiving year plus the period', () => {
    expect(caseFileRetainUntil(parsePlainDate('2024-02-29'), 10)).toBe('2034-12-31');
    expect(caseFileRetainUntil(parsePlainDate('2025-01-01'), 30)).toBe('2055-12-31');
  });

  it('refuses a period that is not a positive whole number of years', () => {
    expect(() => caseFileRetainUntil(parsePlainDate('2025-01-01'), 0)).toThrow(RangeError);
    expect(() => caseFileRetainUntil(parsePlainDate('2025-01-01'), 2.5)).toThrow(RangeError);
  });
});
