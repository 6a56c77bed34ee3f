import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYuan, type YuanProblem } from './parse-yuan.ts';
import { formatYuan, formatYuanPlain, MAX_YUAN_FEN, yuanFromFen } from './yuan.ts';

function fenOf(text: string): number {
  const result = parseYuan(text);
  if (!result.ok) throw new Error(`expected ${text} to be accepted: ${result.message}`);
  return result.value;
}

function refused(text: string): { problem: YuanProblem; message: string } {
  const result = parseYuan(text);
  if (result.ok) throw new Error(`expected ${text} to be refused, got ${result.value}`);
  return result;
}

describe('parseYuan accepts', () => {
  it.each([
    ['1234', 123_400],
    ['1234.5', 123_450],
    ['1234.50', 123_450],
    ['1,234.50', 123_450],
    ['1,234,567.89', 123_456_789],
    ['１２３４．５０', 123_450],
    ['１，２３４．５', 123_450],
    ['  1234.50\u3000', 123_450],
    ['¥1,234.50', 123_450],
    ['￥ 1234', 123_400],
    ['1234元', 123_400],
    ['0', 0],
    ['0.00', 0],
    ['0.05', 5],
    ['0.5', 50],
    ['007.10', 710],
    ['10000000000', 1_000_000_000_000],
    ['999999999999.99', MAX_YUAN_FEN],
    ['999,999,999,999.99', MAX_YUAN_FEN],
    // 0.1 + 0.2 in floating point is 0.30000000000000004; digit by digit it is 30 分.
    ['0.30', 30],
    ['1.15', 115],
    ['4.35', 435],
    ['9007199254.99', 900_719_925_499],
  ])('%s → %d 分', (text, fen) => {
    expect(fenOf(text)).toBe(fen);
  });
});

describe('parseYuan refuses', () => {
  it.each<[string, YuanProblem, string]>([
    ['', 'empty', '请填写金额'],
    ['   ', 'empty', '请填写金额'],
    ['¥', 'empty', '请填写金额'],
    ['-1', 'negative', '金额不能为负数'],
    ['－１２', 'negative', '金额不能为负数'],
    ['−5', 'negative', '金额不能为负数'],
    ['1e3', 'characters', '金额中有“e”，只能填写阿拉伯数字和小数点，如 1234.50'],
    ['NaN', 'characters', '金额中有“N”，只能填写阿拉伯数字和小数点，如 1234.50'],
    ['Infinity', 'characters', '金额中有“I”，只能填写阿拉伯数字和小数点，如 1234.50'],
    ['0x10', 'characters', '金额中有“x”，只能填写阿拉伯数字和小数点，如 1234.50'],
    ['+5', 'characters', '金额中有“+”，只能填写阿拉伯数字和小数点，如 1234.50'],
    ['5万', 'characters', '金额中有“万”，只能填写阿拉伯数字和小数点，如 1234.50'],
    ['1 234', 'characters', '金额中有空格，只能填写阿拉伯数字和小数点，如 1234.50'],
    ['1234.5.0', 'decimal_point', '金额中只能有一个小数点'],
    ['.5', 'decimal_point', '小数点前缺少数字，不足一元请写 0，如 0.50'],
    ['5.', 'decimal_point', '小数点后缺少数字，请删去小数点或写出角、分，如 12.50'],
    ['1.234', 'too_many_decimals', '金额最多保留两位小数（角、分）'],
    ['1.500', 'too_many_decimals', '金额最多保留两位小数（角、分）'],
    ['12,34.50', 'grouping', expect.stringContaining('千位分隔逗号的位置不对') as never],
    ['1234,567', 'grouping', expect.stringContaining('千位分隔逗号的位置不对') as never],
    [',123', 'grouping', expect.stringContaining('千位分隔逗号的位置不对') as never],
    ['1,,234', 'grouping', expect.stringContaining('千位分隔逗号的位置不对') as never],
    ['1.2,3', 'grouping', '小数点后不能有逗号'],
    ['1000000000000', 'too_large', '金额不能超过 999,999,999,999.99 元，请核对位数'],
    ['99999999999999999999', 'too_large', '金额不能超过 999,999,999,999.99 元，请核对位数'],
  ])('%j (%s)', (text, kind, message) => {
    expect(refused(text)).toEqual({ ok: false, problem: kind, message });
  });
});

describe('formatting', () => {
  it.each([
    [0, '0.00', '0.00'],
    [5, '0.05', '0.05'],
    [50, '0.50', '0.50'],
    [100_500, '1,005.00', '1005.00'],
    [123_450, '1,234.50', '1234.50'],
    [100_000_000, '1,000,000.00', '1000000.00'],
    [MAX_YUAN_FEN, '999,999,999,999.99', '999999999999.99'],
  ])('%d 分 → %s / %s', (fen, grouped, plain) => {
    expect(formatYuan(yuanFromFen(fen))).toBe(grouped);
    expect(formatYuanPlain(yuanFromFen(fen))).toBe(plain);
  });

  it('refuses to format what is not an amount', () => {
    expect(() => formatYuan(1.5 as never)).toThrow(RangeError);
    expect(() => formatYuanPlain(-100 as never)).toThrow(RangeError);
  });

  it('round-trips every amount through both formats and full-width digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_YUAN_FEN }), (fen) => {
        const amount = yuanFromFen(fen);
        expect(fenOf(formatYuan(amount))).toBe(fen);
        expect(fenOf(formatYuanPlain(amount))).toBe(fen);
        const fullWidth = formatYuan(amount).replace(/[0-9.,]/g, (c) =>
          String.fromCodePoint(c.codePointAt(0)! + 0xfee0),
        );
        expect(fenOf(fullWidth)).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses text with one decimal as that many 角', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 9 }), (y, j) => {
        expect(fenOf(`${y}.${j}`)).toBe(y * 100 + j * 10);
      }),
    );
  });
});
