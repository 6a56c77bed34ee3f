/**
 * Chinese line breaking for the PDF renderer: a line may break between any two Chinese
 * characters and at spaces; a run of Latin letters or digits (a 文号's year, a hash, a
 * URL) breaks only where it must, i.e. when it is wider than a whole line. 禁则: the
 * closing marks below never start a line and the opening ones never end one; they are
 * glued to their neighbour, so the neighbour moves with them (推出, never 悬挂 into the
 * margin).
 */

const NO_LINE_START = new Set(
  '。，、；：？！）」』”’》〉】〕〗…—·%‰℃．，：；？！），。、'.split(''),
);
const NO_LINE_END = new Set('（「『“‘《〈【〔〖'.split(''));

export interface BrokenLine {
  readonly text: string;
  /** Natural width at the measured size. */
  readonly width: number;
  /** False on the last line of a paragraph (and of each hard line break in it). */
  readonly justify: boolean;
}

interface Token {
  text: string;
  width: number;
  kind: 'space' | 'word' | 'wide';
}

/** Chinese, Japanese, full-width forms and CJK punctuation: a break is allowed around each. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    codePoint >= 0x20000 ||
    (codePoint >= 0x2010 && codePoint <= 0x206f)
  );
}

function tokenize(text: string, widthOf: (character: string) => number): Token[] {
  const tokens: Token[] = [];
  let glueNext = false;
  for (const character of text) {
    const width = widthOf(character);
    const previous = tokens.at(-1);
    if (character === ' ' || character === '\t') {
      glueNext = false;
      tokens.push({ text: ' ', width: widthOf(' '), kind: 'space' });
      continue;
    }
    const kind = isWide(character.codePointAt(0)!) ? 'wide' : 'word';
    const glue =
      previous !== undefined &&
      previous.kind !== 'space' &&
      (glueNext || NO_LINE_START.has(character) || (kind === 'word' && previous.kind === 'word'));
    if (glue) {
      previous.text += character;
      previous.width += width;
      // A word followed by a wide character ends there.
      if (kind === 'wide' && !NO_LINE_START.has(character)) previous.kind = 'wide';
    } else {
      tokens.push({ text: character, width, kind });
    }
    glueNext = NO_LINE_END.has(character);
  }
  return tokens;
}

/** A token wider than a whole line (a hash, a long address in Latin letters) is cut anywhere. */
function splitToFit(
  token: Token,
  room: number,
  lineWidth: number,
  widthOf: (character: string) => number,
): Token[] {
  const pieces: Token[] = [];
  let current: Token = { text: '', width: 0, kind: token.kind };
  let limit = room;
  for (const character of token.text) {
    const width = widthOf(character);
    if (current.width + width > limit && current.text !== '') {
      pieces.push(current);
      current = { text: '', width: 0, kind: token.kind };
      limit = lineWidth;
    }
    current.text += character;
    current.width += width;
  }
  pieces.push(current);
  return pieces;
}

/**
 * Breaks `text` into lines: the first `firstWidth` wide (less when indented), the others
 * `restWidth`. `\n` forces a break. Widths come from `widthOf`, one character at a time.
 */
export function breakLines(
  text: string,
  widthOf: (character: string) => number,
  firstWidth: number,
  restWidth: number = firstWidth,
): BrokenLine[] {
  const lines: BrokenLine[] = [];
  let width = firstWidth;
  for (const hardLine of text.split('\n')) {
    const tokens = tokenize(hardLine, widthOf);
    let current: Token[] = [];
    let used = 0;
    let wrapped = false;
    const finish = (justify: boolean) => {
      while (current.at(-1)?.kind === 'space') used -= current.pop()!.width;
      lines.push({ text: current.map((token) => token.text).join(''), width: used, justify });
      current = [];
      used = 0;
      width = restWidth;
      wrapped = justify;
    };
    const queue = [...tokens];
    while (queue.length > 0) {
      const token = queue.shift()!;
      if (token.kind === 'space' && current.length === 0 && wrapped) continue;
      if (used + token.width <= width + 0.01) {
        current.push(token);
        used += token.width;
        continue;
      }
      if (token.kind === 'space') {
        finish(true);
        continue;
      }
      if (token.width > restWidth || current.length === 0) {
        const room = width - used;
        const pieces = splitToFit(token, room, restWidth, widthOf);
        if (pieces[0]!.width <= room + 0.01 || current.length === 0) {
          // On an empty line even a character wider than the line goes in: it must go somewhere.
          current.push(pieces.shift()!);
          used += current.at(-1)!.width;
          queue.unshift(...pieces);
          continue;
        }
      }
      finish(true);
      queue.unshift(token);
    }
    finish(false);
  }
  return lines;
}
