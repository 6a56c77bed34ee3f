import { FEN_PER_YUAN, formatYuan, type Yuan, yuanFromFen } from './yuan.ts';

/**
 * 人民币大写 as 中国人民银行《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》
 * (银发〔1997〕393号) has it written on bills and vouchers; 执法文书 follow the same rules so
 * an amount cannot be altered by adding a stroke. Where the rules allow a choice, the choice
 * is noted at the rule and in docs/decisions.md.
 *
 * - 第一条: the characters 壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整.
 * - 第二条: "整" after 元 when there is no 角 or 分; none after 分; after 角 it "可以不写",
 *   and is not written (壹仟肆佰零玖元伍角, the rule's own example).
 * - 第四条(一)(二): a zero or a run of zeros between digits is one 零 (陆仟零柒元壹角肆分).
 * - 第四条(三): where 万位 or 元位 is 0 but 千位 or 角位 is not, one 零 "可以只写…也可以
 *   不写". Here: 零 is written across 万 and 亿 (壹拾万零柒仟元, the rule's second form),
 *   so every gap between digits is marked the same way; it is not written between 元 and 角
 *   (壹仟陆佰捌拾元叁角贰分, the rule's second form), since 元 already ends the integer.
 * - 第四条(四): 角位 0 and 分位 not 0 → 零 after 元 (壹万陆仟肆佰零玖元零贰分).
 * - A leading 拾 is written 壹拾 (壹拾万柒仟元, the example of 第四条(三)): a bare 拾万 could
 *   be made 叁拾万 by adding one character.
 * - "人民币" comes before the words (第三条); the document template writes it, not this function.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IN_GROUP = ['', '拾', '佰', '仟'] as const;
const GROUP_UNITS = ['', '万', '亿'] as const;

function digit(value: number): string {
  return DIGITS[value]!;
}

/** A whole number of 元 above zero, at most 12 digits (9999亿…). */
function integerInWords(yuan: number): string {
  const digits = String(yuan);
  let words = '';
  let zeroPending = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const value = Number(digits[i]);
    if (value === 0) {
      // The leading digit is never 0, so a pending 零 always has a digit before it.
      zeroPending = true;
    } else {
      if (zeroPending) words += '零';
      zeroPending = false;
      groupHasDigit = true;
      words += digit(value) + IN_GROUP[position % 4]!;
    }
    if (position % 4 === 0) {
      // 万 and 亿 name a group of four digits; a group of four zeros names nothing.
      if (groupHasDigit) words += GROUP_UNITS[position / 4]!;
      groupHasDigit = false;
    }
  }
  return words;
}

/** 人民币大写 without "人民币": 0 → 零元整, 1005 → 壹仟零伍元整, 10020.50 → 壹万零贰拾元伍角. */
export function yuanInWords(amount: Yuan): string {
  const fen = yuanFromFen(amount);
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / FEN_PER_YUAN);
  const jiao = Math.floor((fen % FEN_PER_YUAN) / 10);
  const fenDigit = fen % 10;

  let words = yuan > 0 ? `${integerInWords(yuan)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${words}整`;
  if (jiao > 0) words += `${digit(jiao)}角`;
  else if (yuan > 0) words += '零';
  if (fenDigit > 0) words += `${digit(fenDigit)}分`;
  return words;
}

/** How a 执法文书 writes an amount: 人民币壹仟零伍元整（¥1,005.00）. */
export function yuanForDocument(amount: Yuan): string {
  return `人民币${yuanInWords(amount)}（¥${formatYuan(amount)}）`;
}
