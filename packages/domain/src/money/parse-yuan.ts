import { describeCharacter, toHalfWidth } from '../party/half-width.ts';
import type { ParseResult } from '../party/parse-result.ts';
import { FEN_PER_YUAN, MAX_YUAN_FEN, type Yuan, yuanFromFen } from './yuan.ts';

export type YuanProblem =
  | 'empty'
  | 'negative'
  | 'characters'
  | 'decimal_point'
  | 'grouping'
  | 'too_many_decimals'
  | 'too_large';

/** The maximum as a clerk reads it, in the message that refuses a larger amount. */
const MAX_TEXT = '999,999,999,999.99 元';

/** Integer digits of the maximum: 12, i.e. up to 9999亿. */
const MAX_INTEGER_DIGITS = String(Math.floor(MAX_YUAN_FEN / FEN_PER_YUAN)).length;

function problem(kind: YuanProblem, message: string): ParseResult<Yuan, YuanProblem> {
  return { ok: false, problem: kind, message };
}

/**
 * Reads an amount in 元 as a clerk types it: "1234", "1234.5", "1,234.50", full-width
 * "１２３４．５０", with an optional leading ¥ or ￥ and a trailing 元. Refused, with the first
 * thing to fix: empty text, a negative amount, anything but digits (so no "1e3", "NaN",
 * "Infinity", "5万"), more than two decimals, misplaced thousands commas, and amounts above
 * the maximum. Exact: the text is read digit by digit, never through floating point.
 */
export function parseYuan(input: string): ParseResult<Yuan, YuanProblem> {
  let text = toHalfWidth(input).trim();
  if (text.startsWith('¥') || text.startsWith('￥')) text = text.slice(1).trim();
  if (text.endsWith('元')) text = text.slice(0, -1).trim();

  if (text === '') return problem('empty', '请填写金额');
  if (/^[-−]/u.test(text)) return problem('negative', '金额不能为负数');

  const stray = [...text].find((char) => !/[0-9.,]/.test(char));
  if (stray !== undefined) {
    return problem(
      'characters',
      `金额中有${describeCharacter(stray)}，只能填写阿拉伯数字和小数点，如 1234.50`,
    );
  }

  const pieces = text.split('.');
  if (pieces.length > 2) return problem('decimal_point', '金额中只能有一个小数点');
  const [integerPart = '', fraction = ''] = pieces;
  if (pieces.length === 2 && integerPart === '') {
    return problem('decimal_point', '小数点前缺少数字，不足一元请写 0，如 0.50');
  }
  if (pieces.length === 2 && fraction === '') {
    return problem('decimal_point', '小数点后缺少数字，请删去小数点或写出角、分，如 12.50');
  }
  if (fraction.includes(',')) {
    return problem('grouping', '小数点后不能有逗号');
  }
  if (integerPart.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(integerPart)) {
    return problem(
      'grouping',
      '千位分隔逗号的位置不对：应从个位起每三位一个逗号，如 1,234,567.50，也可以不加逗号',
    );
  }
  if (fraction.length > 2) return problem('too_many_decimals', '金额最多保留两位小数（角、分）');

  const digits = integerPart.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_INTEGER_DIGITS) {
    return problem('too_large', `金额不能超过 ${MAX_TEXT}，请核对位数`);
  }
  const fen = Number(digits) * FEN_PER_YUAN + Number(fraction.padEnd(2, '0'));
  if (fen > MAX_YUAN_FEN) return problem('too_large', `金额不能超过 ${MAX_TEXT}，请核对位数`);
  return { ok: true, value: yuanFromFen(fen) };
}
