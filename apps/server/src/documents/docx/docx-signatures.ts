import {
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
  type TextRun,
} from 'docx';
import type { SignatureLine } from '@liuhen/domain';
import { textLines } from './docx-text.ts';
import {
  BODY_LINE_TWIPS,
  exactLines,
  FONT,
  paragraphsOf,
  PT,
  run,
  TEXT_WIDTH_TWIPS,
  type TextStyle,
} from './docx-typography.ts';

const TEXT: TextStyle = { font: FONT.fangsong, sizePt: PT.sanhao };
/** The box a captured signature is fitted into, keeping its proportions: 35 × 15 mm. */
const SIGNATURE_BOX_MM = { width: 35, height: 15 };
/** docx sizes images in CSS pixels, 96 to the inch. */
const PX_PER_MM = 96 / 25.4;
const ROLE_WIDTH = 3300;
const DATE_WIDTH = 3100;
const SIGN_WIDTH = TEXT_WIDTH_TWIPS - ROLE_WIDTH - DATE_WIDTH;
/** Left for the date when a person has not signed yet: they write it by hand. */
const BLANK_DATE = '　　年　　月　　日';
const BLANK_SIGNATURE = '　'.repeat(7);

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which the format puts first. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const isPng = png.length >= 24 && PNG_MAGIC.every((byte, index) => png[index] === byte);
  const view = isPng ? new DataView(png.buffer, png.byteOffset, png.byteLength) : null;
  const width = view?.getUint32(16) ?? 0;
  const height = view?.getUint32(20) ?? 0;
  if (width === 0 || height === 0) {
    // Signatures are checked when captured; a layout carrying anything else is a bug upstream,
    // and a signature must not silently vanish from a document.
    throw new Error('签名图像不是有效的 PNG 图片，无法生成文书。');
  }
  return { width, height };
}

/** The captured signature fitted into 35 × 15 mm, its proportions kept. */
export function signatureImageSize(png: Uint8Array): { width: number; height: number } {
  const { width, height } = pngSize(png);
  const scale = Math.min(SIGNATURE_BOX_MM.width / width, SIGNATURE_BOX_MM.height / height);
  return {
    width: Math.max(1, Math.round(width * scale * PX_PER_MM)),
    height: Math.max(1, Math.round(height * scale * PX_PER_MM)),
  };
}

function roleLabel(role: string): string {
  const trimmed = role.trim();
  return /[：:]$/.test(trimmed) ? trimmed : `${trimmed}：`;
}

function signatureRuns(line: SignatureLine): (TextRun | ImageRun)[] {
  if (line.imagePng) {
    return [
      new ImageRun({
        type: 'png',
        data: line.imagePng,
        transformation: signatureImageSize(line.imagePng),
        altText: {
          name: 'signature',
          title: '签名',
          description: `${textLines(line.role).join(' ')}签名`,
        },
      }),
    ];
  }
  const name = line.name ? textLines(line.name).join(' ') : BLANK_SIGNATURE;
  return [run(name, TEXT, { underline: { type: UnderlineType.SINGLE } })];
}

function textCell(
  paragraphs: Paragraph[],
  width: number,
  align: 'top' | 'bottom',
  columnSpan?: number,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    // Beside a signature image the role and date sit on its baseline; beside a refusal note
    // of several lines they stand at its first.
    verticalAlign: align === 'top' ? VerticalAlignTable.TOP : VerticalAlignTable.BOTTOM,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: paragraphs,
  });
}

function signatureRow(line: SignatureLine): TableRow {
  const spacing = exactLines(BODY_LINE_TWIPS);
  const align = line.refusal ? 'top' : 'bottom';
  const role = textCell(paragraphsOf(roleLabel(line.role), TEXT, { spacing }), ROLE_WIDTH, align);
  const date = line.date ?? BLANK_DATE;
  if (line.refusal) {
    // 拒绝签字 (003 第十六条, 004 第七条): the officers' note stands where the signature would.
    const note = paragraphsOf(line.refusal, TEXT, { spacing });
    const when = line.date ? paragraphsOf(line.date, TEXT, { spacing, alignment: 'right' }) : [];
    return new TableRow({
      cantSplit: true,
      children: [role, textCell([...note, ...when], SIGN_WIDTH + DATE_WIDTH, align, 2)],
    });
  }
  // An image sits on a line that grows with it; an exact line would crop the signature.
  const signSpacing = line.imagePng
    ? { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }
    : spacing;
  return new TableRow({
    cantSplit: true,
    children: [
      role,
      textCell(
        [new Paragraph({ spacing: signSpacing, children: signatureRuns(line) })],
        SIGN_WIDTH,
        align,
      ),
      textCell(paragraphsOf(date, TEXT, { spacing, alignment: 'right' }), DATE_WIDTH, align),
    ],
  });
}

/**
 * One row per signature line in a table without borders, so roles, signatures and dates line
 * up and a clerk can still edit each one.
 */
export function signaturesTable(lines: readonly SignatureLine[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [ROLE_WIDTH, SIGN_WIDTH, DATE_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: lines.map(signatureRow),
  });
}
