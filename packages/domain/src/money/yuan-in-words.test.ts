import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YUAN_FEN, yuanFromFen } from './yuan.ts';
import { yuanForDocument, yuanInWords } from './yuan-in-words.ts';

/** [amount in fen, words]; the 《正确填写票据和结算凭证的基本规定》 examples are marked. */
const CASES: readonly (readonly [number, string, string?])[] = [
  [0, '零元整', 'zero'],
  [1, '壹分'],
  [5, '伍分', 'fen only: no 零元'],
  [10, '壹角'],
  [50, '伍角', 'no 整 after 角 (第二条)'],
  [55, '伍角伍分'],
  [100, '壹元整'],
  [105, '壹元零伍分', '角 0, 分 not: 零 after 元 (第四条(四))'],
  [1_000, '壹拾元整', 'leading 壹拾'],
  [1_001, '壹拾元零壹分'],
  [1_050, '壹拾元伍角', '元位 0, 角 not: no 零 (第四条(三), second form)'],
  [1_100, '壹拾壹元整'],
  [2_000, '贰拾元整'],
  [10_000, '壹佰元整'],
  [10_010, '壹佰元壹角'],
  [10_100, '壹佰零壹元整'],
  [11_000, '壹佰壹拾元整', 'inner 拾 is 壹拾 too'],
  [32_504, '叁佰贰拾伍元零肆分', '第四条(四) example ¥325.04'],
  [100_500, '壹仟零伍元整'],
  [140_950, '壹仟肆佰零玖元伍角', '第四条(一) example ¥1,409.50'],
  [168_032, '壹仟陆佰捌拾元叁角贰分', '第四条(三) example ¥1,680.32'],
  [600_714, '陆仟零柒元壹角肆分', '第四条(二) example ¥6,007.14'],
  [1_000_000, '壹万元整'],
  [1_002_050, '壹万零贰拾元伍角'],
  [1_640_902, '壹万陆仟肆佰零玖元零贰分', '第四条(四) example ¥16,409.02'],
  [3_000_600, '叁万零陆元整'],
  [4_005_000, '肆万零伍拾元整'],
  [10_000_000, '壹拾万元整', 'leading 壹拾 before 万'],
  [10_001_000, '壹拾万零壹拾元整'],
  [10_700_053, '壹拾万零柒仟元伍角叁分', '第四条(三) example ¥107,000.53, second form'],
  [50_000_007, '伍拾万元零柒分'],
  [100_100_000, '壹佰万零壹仟元整', '万位 0, 千位 not: 零 across 万'],
  [100_001_001, '壹佰万零壹拾元零壹分'],
  [101_000_000, '壹佰零壹万元整'],
  [1_000_000_000, '壹仟万元整'],
  [1_020_304_050, '壹仟零贰拾万零叁仟零肆拾元伍角'],
  [2_000_000_020, '贰仟万元贰角'],
  [10_000_000_000, '壹亿元整'],
  [10_000_000_100, '壹亿零壹元整'],
  [10_000_500_000, '壹亿零伍仟元整', 'a whole 万 group of zeros: one 零, no 万'],
  [11_000_000_000, '壹亿壹仟万元整'],
  [10_001_000_000, '壹亿零壹万元整'],
  [100_000_000_000, '壹拾亿元整', 'leading 壹拾 before 亿'],
  [105_000_000_000, '壹拾亿零伍仟万元整'],
  [123_456_789_012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
  [1_000_000_000_000, '壹佰亿元整', '百亿'],
  [1_000_000_000_001, '壹佰亿元零壹分', 'exact at 百亿'],
  [10_000_000_000_000, '壹仟亿元整'],
  [20_010_000_000_000, '贰仟零壹亿元整'],
  [MAX_YUAN_FEN, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分', 'the maximum'],
];

describe('yuanInWords', () => {
  it.each(CASES.map(([fen, words, note]) => [fen, words, note ?? ''] as const))(
    '%d 分 → %s %s',
    (fen, words) => {
      expect(yuanInWords(yuanFromFen(fen))).toBe(words);
    },
  );

  it('refuses what is not an amount of fen', () => {
    for (const bad of [-1, 0.5, MAX_YUAN_FEN + 1, Number.NaN]) {
      expect(() => yuanInWords(bad as never)).toThrow(RangeError);
    }
  });

  it('writes a document amount with 人民币 and the figures', () => {
    expect(yuanForDocument(yuanFromFen(100_500))).toBe('人民币壹仟零伍元整（¥1,005.00）');
    expect(yuanForDocument(yuanFromFen(1_002_050))).toBe('人民币壹万零贰拾元伍角（¥10,020.50）');
  });
});

/**
 * Reads 大写 back to fen, written from the meaning of the characters alone and sharing nothing
 * with the writer: 零 is only a separator, 亿 and 万 multiply what precedes them within their
 * group, 拾佰仟 multiply the digit before them.
 */
function readWords(words: string): number {
  const body = words.replace(/整$/, '');
  const [integerText = '', fractionText = ''] = body.includes('元') ? body.split('元') : ['', body];
  const digitOf = (char: string) => '零壹贰叁肆伍陆柒捌玖'.indexOf(char);
  const section = (text: string): number => {
    let total = 0;
    let pending = 0;
    for (const char of text) {
      const unit = { 拾: 10, 佰: 100, 仟: 1000 }[char];
      if (unit !== undefined) {
        total += pending * unit;
        pending = 0;
      } else if (char !== '零') pending = digitOf(char);
    }
    return total + pending;
  };
  const [yiText, restAfterYi] = integerText.includes('亿')
    ? integerText.split('亿')
    : ['', integerText];
  const [wanText, unitsText] = restAfterYi!.includes('万')
    ? restAfterYi!.split('万')
    : ['', restAfterYi];
  const yuan = section(yiText!) * 1e8 + section(wanText!) * 1e4 + section(unitsText!);
  const jiao = /(.)角/.exec(fractionText)?.[1];
  const fen = /(.)分/.exec(fractionText)?.[1];
  return yuan * 100 + (jiao ? digitOf(jiao) * 10 : 0) + (fen ? digitOf(fen) : 0);
}

describe('yuanInWords, over any amount', () => {
  const amounts = fc.oneof(
    fc.integer({ min: 0, max: MAX_YUAN_FEN }),
    // Amounts full of zeros, where the 零 rules are tested hardest.
    fc
      .array(fc.constantFrom(0, 0, 0, 1, 5), { minLength: 1, maxLength: 14 })
      .map((digits) => Number(digits.join(''))),
  );

  it('reads back to the same amount and follows the writing rules', () => {
    fc.assert(
      fc.property(amounts, (fen) => {
        const words = yuanInWords(yuanFromFen(fen));
        expect(readWords(words)).toBe(fen);
        expect(words).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/u);
        expect(words).not.toContain('零零');
        // 零 only between two written digits; 零元整 alone stands for nothing at all.
        if (fen > 0) expect(words).not.toMatch(/^零|零[万亿元角]|零$/u);
        // 整 exactly when the amount ends at 元 (第二条).
        expect(words.endsWith('整')).toBe(fen % 100 === 0);
        // Every 拾 has its digit: no bare 拾 at the start or after 零, 万, 亿 or 元.
        expect(words).not.toMatch(/(^|[零万亿元])拾/u);
      }),
      { numRuns: 2000 },
    );
  });
});
