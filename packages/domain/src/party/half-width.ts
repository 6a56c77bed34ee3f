/**
 * Chinese input methods in full-width mode type "１１０１０５…Ｘ" and clerks cannot see the
 * difference, so identifiers are folded to ASCII before they are checked.
 *
 * Only the Halfwidth and Fullwidth Forms block's ASCII variants (U+FF01–U+FF5E) are folded,
 * not NFKC as a whole: NFKC would also turn "①" or "²" into digits and silently accept a
 * number nobody typed.
 */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

export function toHalfWidth(input: string): string {
  let output = '';
  for (const char of input) {
    const code = char.codePointAt(0)!;
    output +=
      code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST
        ? String.fromCodePoint(code - FULL_WIDTH_OFFSET)
        : char;
  }
  return output;
}

/**
 * How an input character is named in a message: a space or other invisible character is
 * written out, because "第 7 位“ ”" tells a clerk nothing.
 */
export function describeCharacter(char: string): string {
  if (char === ' ' || char === '\u3000') return '空格';
  if (/^\s$/u.test(char)) return '空白字符';
  if (/^\p{C}$/u.test(char))
    return `不可见字符 U+${char.codePointAt(0)!.toString(16).toUpperCase()}`;
  return `“${char}”`;
}
