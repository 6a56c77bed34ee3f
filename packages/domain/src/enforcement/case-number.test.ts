import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_CATEGORIES, formatCaseNumber, parseCaseNumber } from './case-number.ts';
import { ACT_TYPES } from './vocabulary.ts';

describe('case numbers', () => {
  it('follow 机关代字 + 类别字 + 〔年〕 + 序号 + 号', () => {
    expect(
      formatCaseNumber({ agencyCode: '常综执', category: '罚', year: 2024, sequence: 12 }),
    ).toBe('常综执罚〔2024〕12号');
  });

  it('read back what they write, for every act type', () => {
    for (const actType of ACT_TYPES) {
      const parts = {
        agencyCode: '柳政',
        category: CASE_NUMBER_CATEGORIES[actType],
        year: 2025,
        sequence: 7,
      };
      expect(parseCaseNumber(formatCaseNumber(parts))).toEqual(parts);
    }
  });

  it('has one category character per act type', () => {
    expect(new Set(Object.values(CASE_NUMBER_CATEGORIES)).size).toBe(ACT_TYPES.length);
  });

  it('rejects sequences below one and text that is no case number', () => {
    expect(() =>
      formatCaseNumber({ agencyCode: '常综执', category: '罚', year: 2024, sequence: 0 }),
    ).toThrow(RangeError);
    expect(parseCaseNumber('常综执罚[2024]12号')).toBeUndefined();
    expect(parseCaseNumber('常综执罚〔2024〕012号')).toBeUndefined();
  });
});
