import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { DialogueTurn, LayoutBlock } from '@liuhen/domain';
import { afterTable, fieldsTable, listTable } from './docx-tables.ts';
import { signaturesTable } from './docx-signatures.ts';
import {
  BODY_LINE_TWIPS,
  exactLines,
  FONT,
  paragraphsOf,
  PT,
  run,
  SANHAO_CHAR_TWIPS,
  type TextStyle,
} from './docx-typography.ts';

const BODY: TextStyle = { font: FONT.fangsong, sizePt: PT.sanhao };
const HEADING: TextStyle = { font: FONT.heiti, sizePt: PT.sanhao };
const BODY_SPACING = exactLines(BODY_LINE_TWIPS);
/** GB/T 9704 §7.3.3: 正文 and its first-level headings start two characters in. */
const TWO_CHARACTERS = 2 * SANHAO_CHAR_TWIPS;

const ALIGNMENT = {
  left: AlignmentType.BOTH,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function dialogueTurn(turn: DialogueTurn): Paragraph[] {
  // 问：/答： hang out to the left, and the answer's following lines (and its further
  // paragraphs) start under its first character, as transcripts are typed.
  const indent = { left: TWO_CHARACTERS, hanging: TWO_CHARACTERS };
  return paragraphsOf(
    turn.text,
    BODY,
    { spacing: BODY_SPACING, alignment: AlignmentType.BOTH, indent },
    [run(`${turn.speaker}：`, BODY)],
    { spacing: BODY_SPACING, alignment: AlignmentType.BOTH, indent: { left: TWO_CHARACTERS } },
  );
}

/** One block of the layout as Word paragraphs and tables. */
export function blockToDocx(block: LayoutBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return paragraphsOf(block.text, BODY, {
        spacing: BODY_SPACING,
        // 正文 is justified (两端对齐), as WPS sets it; `left` means "not centred or right".
        alignment: ALIGNMENT[block.align ?? 'left'],
        indent: block.indent ? { firstLine: TWO_CHARACTERS } : undefined,
      });
    case 'heading':
      return paragraphsOf(block.text, HEADING, {
        spacing: BODY_SPACING,
        indent: { firstLine: TWO_CHARACTERS },
        keepNext: true,
      });
    case 'fields':
      return block.rows.length === 0 ? [] : [fieldsTable(block.rows), afterTable()];
    case 'table':
      return block.columns.length === 0 ? [] : [listTable(block.columns, block.rows), afterTable()];
    case 'dialogue':
      return block.turns.flatMap(dialogueTurn);
    case 'signatures':
      return block.lines.length === 0 ? [] : [signaturesTable(block.lines), afterTable()];
  }
}
