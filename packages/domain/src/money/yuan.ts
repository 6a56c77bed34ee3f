/**
 * An amount of 人民币 counted in 分 (fen), the smallest unit a 执法文书 writes. Held as a
 * safe integer, never a fraction of a yuan: 0.1 + 0.2 is not 0.3 in floating point, and a
 * decision that says 壹万零贰拾元伍角 must say it to the 分.
 *
 * A `number`, not a `bigint`: the largest amount accepted (below) is about 10¹⁴ 分, far under
 * 2⁵³, so every amount and the sum of dozens of them stay exact, and a `number` goes through
 * JSON, the API and a PostgreSQL bigint column (mode "number") without conversion.
 */
export type Yuan = number & { readonly __unit: 'fen' };

/**
 * 9999亿9999万9999元9角9分: the largest amount the 亿 group writes in words without 万亿.
 * Not 百亿元: administrative fines have exceeded it (a 2021 anti-monopoly fine was 182.28亿元),
 * and a cap a real decision can exceed would force a clerk to write the wrong number.
 */
export const MAX_YUAN_FEN = 99_999_999_999_999;

export const FEN_PER_YUAN = 100;

/**
 * An amount from a count of 分 read back from storage or computed; anything that is not a
 * whole, non-negative count within the maximum is a programming error, not input to correct.
 */
export function yuanFromFen(fen: number): Yuan {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_YUAN_FEN) {
    throw new RangeError(`not an amount of fen between 0 and ${MAX_YUAN_FEN}: ${fen}`);
  }
  return fen as Yuan;
}

function parts(amount: Yuan): { readonly yuan: string; readonly cents: string } {
  const fen = yuanFromFen(amount);
  return {
    yuan: String(Math.floor(fen / FEN_PER_YUAN)),
    cents: String(fen % FEN_PER_YUAN).padStart(2, '0'),
  };
}

/**
 * "1,234.50": yuan with a comma every three digits and always two decimals. The form a
 * document prints beside the amount in words, as 小写 is written on bills (the commas keep a
 * long number from being 连写分辨不清).
 */
export function formatYuan(amount: Yuan): string {
  const { yuan, cents } = parts(amount);
  return `${yuan.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

/** "1234.50": for an input field's value and machine-readable exports; `parseYuan` reads it back. */
export function formatYuanPlain(amount: Yuan): string {
  const { yuan, cents } = parts(amount);
  return `${yuan}.${cents}`;
}
