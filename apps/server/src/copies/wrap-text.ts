/**
 * Line breaking for mixed Chinese and Latin text, given any width measure (a PDF font's,
 * or an estimate for a raster font). Chinese may break between any two characters; Latin
 * words and numbers stay whole unless a single word is wider than the line.
 */

/** Punctuation a line must not start with (禁则): it stays with the character before. */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕〉”’,.;:!?)]}%·']);
/** Punctuation a line must not end with: it goes with the character after. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

function isWide(codePoint: number): boolean {
  // CJK radicals, kana, ideographs, Hangul, compatibility and full-width forms.
  return (
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7af) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    codePoint >= 0x20000
  );
}

/** Unbreakable pieces, and single spaces where the text had white space. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let opening = '';
  const push = (token: string) => {
    tokens.push(opening + token);
    opening = '';
  };
  const flushWord = () => {
    if (word !== '') push(word);
    word = '';
  };
  for (const char of text) {
    if (/\s/u.test(char)) {
      flushWord();
      if (opening !== '') push('');
      if (tokens.length > 0 && tokens.at(-1) !== ' ') tokens.push(' ');
      continue;
    }
    const last = tokens.at(-1);
    if (NO_LINE_START.has(char)) {
      if (word !== '' || opening !== '') word += char;
      else if (last !== undefined && last !== ' ') tokens[tokens.length - 1] = last + char;
      else word += char;
    } else if (NO_LINE_END.has(char)) {
      if (word !== '') {
        word += char;
      } else {
        opening += char;
      }
    } else if (isWide(char.codePointAt(0)!)) {
      flushWord();
      push(char);
    } else {
      word += char;
    }
  }
  flushWord();
  if (opening !== '') push('');
  return tokens;
}

/** A piece wider than the line, cut between characters. */
function splitLong(token: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(
  paragraph: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  let spaceBefore = false;
  for (const token of tokenize(paragraph)) {
    if (token === ' ') {
      spaceBefore = line !== '';
      continue;
    }
    const candidate = spaceBefore ? `${line} ${token}` : line + token;
    spaceBefore = false;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(token) <= maxWidth) {
      line = token;
    } else {
      const pieces = splitLong(token, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  lines.push(line);
  return lines;
}

/**
 * `text` as lines no wider than `maxWidth` by `measure`. Line breaks in the text are kept;
 * an empty text is one empty line. A single character wider than the line gets a line of
 * its own (it cannot be cut).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}

/**
 * Like {@link wrapText}, but lines break only at `separator` (which is dropped at a break),
 * so that the parts of a mark (`… · 授权 1a2b3c4d · …`) are never split; a part wider than
 * the line on its own is wrapped as ordinary text.
 */
export function wrapAtSeparator(
  text: string,
  separator: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(separator)) {
    const candidate = line === '' ? part : line + separator + part;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = measure(part) <= maxWidth ? [part] : wrapText(part, maxWidth, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  lines.push(line);
  return lines;
}
