import { describe, expect, it } from 'vitest';
import { breakLines } from './line-breaking.ts';

/** Chinese characters 1 wide, everything else half: close to a CJK font's proportions. */
const widthOf = (character: string) => (character.codePointAt(0)! > 0x2e80 ? 1 : 0.5);
const texts = (text: string, width: number, rest = width) =>
  breakLines(text, widthOf, width, rest).map((line) => line.text);

describe('breakLines', () => {
  it('breaks between any two Chinese characters', () => {
    expect(texts('当事人擅自占用道路', 4)).toEqual(['当事人擅', '自占用道', '路']);
  });

  it('never starts a line with a closing mark: the character before it moves down too', () => {
    expect(texts('当事人拒绝签字。执法人员', 7)).toEqual(['当事人拒绝签', '字。执法人员']);
    expect(texts('依据第三十六条（二）项', 6)).toEqual(['依据第三十六', '条（二）项']);
    for (const line of texts('经查，当事人于某日、某地，堆放物料；影响市容。', 3)) {
      expect(line).not.toMatch(/^[。，、；：？！）」』”]/);
    }
  });

  it('never ends a line with an opening mark', () => {
    expect(texts('违反了《城市市容和环境卫生管理条例》', 4)).toEqual([
      '违反了',
      '《城市市',
      '容和环境',
      '卫生管理',
      '条例》',
    ]);
  });

  it('keeps a number or a Latin word whole when it fits a line', () => {
    expect(texts('罚款人民币2000元', 6)).toEqual(['罚款人民币', '2000元']);
  });

  it('cuts a string longer than a line (a hash) so nothing runs into the margin', () => {
    const hash = 'f3b1c2d4e5a6978877665544332211009f8e7d6c5b4a39281706f5e4d3c2b1a0';
    const lines = breakLines(`摘要 ${hash}`, widthOf, 10);
    expect(lines.map((line) => line.text).join('')).toBe(`摘要 ${hash}`);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(10);
    expect(lines.length).toBe(4);
  });

  it('gives the first line its own width (the indent) and honours hard breaks', () => {
    const lines = breakLines('一二三四五六七八\n九十', widthOf, 3, 5);
    expect(lines.map((line) => line.text)).toEqual(['一二三', '四五六七八', '九十']);
    expect(lines.map((line) => line.justify)).toEqual([true, false, false]);
  });

  it('drops the spaces a break falls on but keeps leading spaces the text starts with', () => {
    expect(texts('ab cd ef', 2)).toEqual(['ab', 'cd', 'ef']);
    expect(texts('　　年　　月　　日', 20)).toEqual(['　　年　　月　　日']);
  });

  it('puts a character wider than the line on a line of its own rather than looping', () => {
    expect(texts('一二', 0.5)).toEqual(['一', '二']);
    expect(texts('', 5)).toEqual(['']);
  });
});
