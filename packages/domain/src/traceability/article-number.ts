/** Article headings as the seeds print them: "第十二条", "第二十二条". */
export const ARTICLE_HEADING = /第[零一二三四五六七八九十百]+条/;

const DIGITS = '零一二三四五六七八九';

/** 第一条 → 1, 第二十二条 → 22, 第一百零二条 → 102; anything else throws. */
export function articleNumber(heading: string): number {
  const match = /^第([零一二三四五六七八九十百]+)条$/.exec(heading);
  if (match?.[1] === undefined) throw new RangeError(`不是条文编号：${heading}`);
  let total = 0;
  let digit = 0;
  for (const character of match[1]) {
    const value = DIGITS.indexOf(character);
    if (value >= 0) {
      digit = value;
    } else {
      // "十" alone means ten, as in 第十条 and 第十二条.
      total += (digit === 0 ? 1 : digit) * (character === '百' ? 100 : 10);
      digit = 0;
    }
  }
  return total + digit;
}
