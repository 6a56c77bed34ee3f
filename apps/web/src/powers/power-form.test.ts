import { describe, expect, it } from 'vitest';
import { fineRangeText, powerBodyOf, yuanDisplay, yuanFieldProblem } from './power-form.ts';

describe('the power form', () => {
  it('sends amounts as typed text and blanks as none', () => {
    expect(
      powerBodyOf({
        name: '对擅自占用城市道路摆摊设点的处罚',
        category: 'penalty',
        code: ' ',
        fineMax: '1,000',
        levels: [{ label: '一般', circumstances: '经劝阻仍不改正', fineMin: '100', fineMax: '' }],
      }),
    ).toMatchObject({
      code: null,
      fineMin: null,
      fineMax: '1,000',
      penaltyKinds: [],
      levels: [{ fineMin: '100', fineMax: null, otherMeasures: null }],
    });
  });

  it('shows amounts grouped, and ranges with their open ends', () => {
    expect(yuanDisplay('10000.50')).toBe('10,000.50');
    expect(fineRangeText('100.00', '300.00')).toBe('100.00 — 300.00 元');
    expect(fineRangeText(null, '500.00')).toBe('500.00 元以下');
    expect(fineRangeText(null, null)).toBe('—');
  });

  it("checks an amount with the server's parser", () => {
    expect(yuanFieldProblem('1e3')).toContain('只能填写阿拉伯数字');
    expect(yuanFieldProblem('1,234.5')).toBeNull();
    expect(yuanFieldProblem('')).toBeNull();
  });
});
