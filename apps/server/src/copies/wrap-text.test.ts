import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapAtSeparator, wrapText } from './wrap-text.ts';

/** One unit per Latin character, two per Chinese one: like a CJK font at size 2. */
const measure = (text: string) =>
  [...text].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

const mixedText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'留痕副本仅供使用授权北京时间某市监督管理局'),
      fc.constantFrom(...'abcxyz0123-:'),
      fc.constantFrom(' ', '  ', '，', '。', '（', '）', '·'),
    ),
    { maxLength: 80 },
  )
  .map((chars) => chars.join(''));

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

describe('wrapText', () => {
  it('keeps every character, in order, and only drops white space at breaks', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 4, max: 40 }), (text, width) => {
        const lines = wrapText(text, width, measure);
        expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(text));
      }),
    );
  });

  it('never makes a line wider than the width, unless it is a single character', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 2, max: 40 }), (text, width) => {
        for (const line of wrapText(text, width, measure)) {
          if ([...line].length > 1) expect(measure(line)).toBeLessThanOrEqual(width);
        }
      }),
    );
  });

  it('breaks between Chinese characters and between Latin words, not inside words', () => {
    expect(wrapText('留痕副本仅供', 8, measure)).toEqual(['留痕副本', '仅供']);
    expect(wrapText('copy for zhangsan', 12, measure)).toEqual(['copy for', 'zhangsan']);
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('does not start a line with closing punctuation or end one with an opening mark', () => {
    const lines = wrapText('仅供张（zhangsan）使用。', 14, measure);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。）]/);
      expect(line).not.toMatch(/（$/);
    }
    expect(lines).toEqual(['仅供张', '（zhangsan）使', '用。']);
  });

  it('keeps line breaks in the text and gives one empty line for empty text', () => {
    expect(wrapText('甲\n乙', 100, measure)).toEqual(['甲', '乙']);
    expect(wrapText('', 10, measure)).toEqual(['']);
  });
});

describe('wrapAtSeparator', () => {
  it('breaks only between parts when every part fits', () => {
    const lines = wrapAtSeparator('留痕副本 · 授权 1a2b3c4d · 副本 5e6f7a8b', ' · ', 24, measure);
    expect(lines).toEqual(['留痕副本 · 授权 1a2b3c4d', '副本 5e6f7a8b']);
  });

  it('wraps a part that is wider than a line on its own, keeping all text', () => {
    fc.assert(
      fc.property(
        fc.array(mixedText, { maxLength: 6 }),
        fc.integer({ min: 4, max: 40 }),
        (parts, width) => {
          const text = parts.join(' | ');
          const lines = wrapAtSeparator(text, ' | ', width, measure);
          const content = (value: string) => withoutSpaces(value).replaceAll('|', '');
          expect(content(lines.join(''))).toBe(content(text));
          for (const line of lines) {
            if ([...line].length > 1) expect(measure(line)).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });
});
