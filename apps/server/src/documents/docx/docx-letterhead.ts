import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { DocumentClosing, DocumentLayout } from '@liuhen/domain';
import { textLines } from './docx-text.ts';
import {
  BODY_LINE_TWIPS,
  ems,
  exactLines,
  FONT,
  paragraphsOf,
  PT,
  RED,
  run,
  SANHAO_CHAR_TWIPS,
  TEXT_WIDTH_TWIPS,
  type TextStyle,
} from './docx-typography.ts';

/**
 * 小初 (36 pt) for an agency name that fits one line at that size, smaller for a long one
 * but never below 二号: GB/T 9704 §7.2.1 leaves the size to the agency "以醒目、美观、庄重为原则",
 * and a masthead breaking over two lines is none of these.
 */
export function mastheadSizePt(masthead: string): number {
  const longest = Math.max(1, ...textLines(masthead).map(ems));
  const fitting = Math.floor(TEXT_WIDTH_TWIPS / 20 / (longest * 1.05));
  return Math.max(PT.erhao, Math.min(PT.xiaochu, fitting));
}

const RED_RULE = { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } as const;

/** 发文机关标志, 文号 and 标题, with the red separator line under the 文号 (or the masthead). */
export function letterhead(layout: DocumentLayout): Paragraph[] {
  const mastheadPt = mastheadSizePt(layout.masthead);
  const masthead: TextStyle = { font: FONT.xiaobiaosong, sizePt: mastheadPt, color: RED };
  const numberStyle: TextStyle = { font: FONT.fangsong, sizePt: PT.sanhao };
  const title: TextStyle = { font: FONT.xiaobiaosong, sizePt: PT.erhao };
  const ruleUnderMasthead = layout.number === null;
  const mastheadLines = textLines(layout.masthead);
  const head = mastheadLines.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactLines(Math.round(mastheadPt * 20 * 1.25)),
        // Under the last line only: a border on each line would draw one rule per line.
        border:
          ruleUnderMasthead && index === mastheadLines.length - 1
            ? { bottom: RED_RULE }
            : undefined,
        children: [run(line, masthead)],
      }),
  );
  const number =
    layout.number === null
      ? []
      : paragraphsOf(layout.number, numberStyle, {
          alignment: AlignmentType.CENTER,
          spacing: { ...exactLines(BODY_LINE_TWIPS), before: 240 },
          border: { bottom: RED_RULE },
        });
  const heading = paragraphsOf(layout.title, title, {
    alignment: AlignmentType.CENTER,
    // A line's space under the red rule (GB/T 9704 §7.3.1 asks two; one keeps more of the
    // 正文 on page 1 of a one-page notice) and half a line between the title and the 正文.
    spacing: { line: 720, lineRule: LineRuleType.EXACT, before: BODY_LINE_TWIPS, after: 360 },
    keepNext: true,
  });
  return [...head, ...number, ...heading];
}

/** Lines a seal (about 42 mm across) needs over the date: the name's line and three more. */
const SEAL_BLANK_LINES = 3;
/** GB/T 9704 §7.3.5.1: 成文日期右空四字. */
const DATE_RIGHT_INDENT = 4 * SANHAO_CHAR_TWIPS;

/**
 * 落款: the agency's name centred over the date, the date four characters in from the right.
 * DOCX draws no seal; where the agency will stamp one, the lines above are left empty.
 */
export function closingParagraphs(closing: DocumentClosing): Paragraph[] {
  const style: TextStyle = { font: FONT.fangsong, sizePt: PT.sanhao };
  const spacing = exactLines(BODY_LINE_TWIPS);
  const nameWidth = ems(closing.agencyName.replace(/\s+/g, '')) * SANHAO_CHAR_TWIPS;
  const dateWidth = ems(closing.date) * SANHAO_CHAR_TWIPS;
  const axis = Math.max(DATE_RIGHT_INDENT + dateWidth / 2, nameWidth / 2);
  const blank = (count: number) =>
    Array.from({ length: count }, () => new Paragraph({ spacing, keepNext: true }));
  return [
    ...blank(closing.sealed ? SEAL_BLANK_LINES : 2),
    ...paragraphsOf(closing.agencyName, style, {
      alignment: AlignmentType.RIGHT,
      spacing,
      indent: { right: Math.max(0, Math.round(axis - nameWidth / 2)) },
      keepNext: true,
      keepLines: true,
    }),
    ...paragraphsOf(closing.date, style, {
      alignment: AlignmentType.RIGHT,
      spacing,
      indent: { right: Math.max(0, Math.round(axis - dateWidth / 2)) },
    }),
  ];
}
