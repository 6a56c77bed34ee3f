import { LineRuleType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { textLines } from './docx-text.ts';

/**
 * The type of a GB/T 9704-2012-like document as Chinese offices set it in WPS or Word: the
 * font names are the ones their machines carry (a machine without one substitutes its own),
 * sizes are the 号 the standard names.
 */
export const FONT = {
  /** 发文机关标志 and 标题. */
  xiaobiaosong: '方正小标宋简体',
  /** 正文, 文号, tables. */
  fangsong: '仿宋_GB2312',
  /** Headings inside the body, table header rows. */
  heiti: '黑体',
  /** Page numbers. */
  songti: '宋体',
} as const;

/** 号 in points: 小初 36, 一号 26, 二号 22, 三号 16, 四号 14, 小五 9. */
export const PT = { xiaochu: 36, yihao: 26, erhao: 22, sanhao: 16, sihao: 14, xiaowu: 9 } as const;

export const RED = 'C00000';
export const GREY = '808080';

/** Rounded, not truncated as docx's own conversion is: A4 is 11906 × 16838 twips in Word. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 and GB/T 9704-2012 §5.2.1's margins (天头 37 mm, 订口 28 mm). */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
} as const;

/** The text area's width (156 mm), in twips: tables are sized to it. */
export const TEXT_WIDTH_TWIPS =
  mmToTwips(PAGE.widthMm) - mmToTwips(PAGE.marginMm.left) - mmToTwips(PAGE.marginMm.right);

/**
 * GB/T 9704 §5.2.2: 22 lines of 三号 on a 225 mm text area, so a line is 28.95 pt. Exact, as
 * the standard's template sets it, so a draft breaks its pages where the printed one will.
 */
export const BODY_LINE_TWIPS = 579;

/** One character of 三号 (16 pt) in twips: the unit of indents in 正文. */
export const SANHAO_CHAR_TWIPS = PT.sanhao * 20;

/**
 * Width of a line of text in ems: a Chinese character (and a full-width mark) is one, a Latin
 * letter or digit about half. Enough to fit a masthead and to centre a 落款.
 */
export function ems(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return width;
}

export function fontNamed(name: string) {
  // All four slots: digits and Latin letters in 正文 take the same face as the Chinese, as
  // they do when a clerk types into a WPS template.
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

export interface TextStyle {
  readonly font: string;
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly color?: string;
}

export function run(text: string, style: TextStyle, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text,
    font: fontNamed(style.font),
    size: style.sizePt * 2,
    sizeComplexScript: style.sizePt * 2,
    bold: style.bold,
    color: style.color,
    ...extra,
  });
}

export function exactLines(lineTwips: number) {
  return { line: lineTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

/**
 * One Word paragraph per line of `text` (docx-text.ts, textLines), each with the same
 * paragraph options; `prefix` runs go only into the first.
 */
export function paragraphsOf(
  text: string,
  style: TextStyle,
  options: Omit<IParagraphOptions, 'children' | 'text'>,
  prefix: readonly TextRun[] = [],
  continuation: Omit<IParagraphOptions, 'children' | 'text'> = options,
): Paragraph[] {
  return textLines(text).map(
    (line, index) =>
      new Paragraph({
        ...(index === 0 ? options : continuation),
        children: [...(index === 0 ? prefix : []), run(line, style)],
      }),
  );
}
