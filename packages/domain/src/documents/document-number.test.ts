import { describe, expect, it } from 'vitest';
import {
  defaultNumberPattern,
  formatDocumentNumber,
  parseDocumentNumberPattern,
  type DocumentNumberPattern,
} from './document-number.ts';

function parsed(source: string): DocumentNumberPattern {
  const result = parseDocumentNumberPattern(source);
  if (!result.ok) throw new Error(result.message);
  return result.pattern;
}

describe('document number patterns', () => {
  it('prints the year and the sequence where the agency put them', () => {
    expect(formatDocumentNumber(parsed('常综执罚决字〔{年}〕第{号}号'), 2026, 3)).toBe(
      '常综执罚决字〔2026〕第3号',
    );
    expect(formatDocumentNumber(parsed('（{年}）平综执罚字{号:3}号'), 2027, 12)).toBe(
      '（2027）平综执罚字012号',
    );
    expect(formatDocumentNumber(parsed('{号}/{年}'), 2026, 1234)).toBe('1234/2026');
  });

  it('never cuts a sequence longer than its padding', () => {
    expect(formatDocumentNumber(parsed('X{年}-{号:2}'), 2026, 12345)).toBe('X2026-12345');
  });

  it('trims the pattern as typed', () => {
    expect(parsed('  罚字〔{年}〕{号}号 ').source).toBe('罚字〔{年}〕{号}号');
  });

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['罚字第{号}号', 'year_missing'],
    ['罚字〔{年}〕', 'sequence_missing'],
    ['{年}{年}第{号}号', 'year_repeated'],
    ['{年}第{号}号{号}', 'sequence_repeated'],
    ['{年}第{序号}号', 'unknown_placeholder'],
    ['{年}第{号:0}号', 'unknown_placeholder'],
    ['{year}{号}', 'unknown_placeholder'],
    ['{年}第{号}号}', 'unbalanced_braces'],
    ['{年{号}', 'unbalanced_braces'],
    ['{年}\n{号}', 'control_character'],
    [`${'长'.repeat(60)}{年}{号}`, 'too_long'],
  ])('refuses %j (%s) with a message a clerk can act on', (source, problem) => {
    const result = parseDocumentNumberPattern(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a year or a sequence that cannot be printed', () => {
    const pattern = parsed('{年}{号}');
    expect(() => formatDocumentNumber(pattern, 2026, 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber(pattern, 2026, 1.5)).toThrow(RangeError);
    expect(() => formatDocumentNumber(pattern, 26, 1)).toThrow(RangeError);
  });

  it('builds a default pattern that parses', () => {
    const source = defaultNumberPattern('常综执', '罚决字');
    expect(source).toBe('常综执罚决字〔{年}〕第{号}号');
    expect(parseDocumentNumberPattern(source).ok).toBe(true);
  });
});
