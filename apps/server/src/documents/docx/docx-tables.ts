import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { LayoutField } from '@liuhen/domain';
import {
  ems,
  exactLines,
  FONT,
  paragraphsOf,
  PT,
  TEXT_WIDTH_TWIPS,
  type TextStyle,
} from './docx-typography.ts';

/** Tables take 四号 (14 pt) with a tighter line than 正文, so a list of items stays compact. */
const CELL_TEXT: TextStyle = { font: FONT.fangsong, sizePt: PT.sihao };
const HEADER_TEXT: TextStyle = { font: FONT.heiti, sizePt: PT.sihao };
/** 三号 in the labelled items of a form, like the 正文 around them. */
const FIELD_TEXT: TextStyle = { font: FONT.fangsong, sizePt: PT.sanhao };
const CELL_LINE_TWIPS = 400;
const FIELD_LINE_TWIPS = 480;
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

function cell(
  text: string,
  style: TextStyle,
  lineTwips: number,
  widthTwips: number,
  alignment: 'left' | 'center' = 'left',
): TableCell {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
    children: paragraphsOf(text, style, { spacing: exactLines(lineTwips), alignment }),
  });
}

function fixedTable(columnWidths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows,
  });
}

/** Cell padding left and right, in twips, which a column needs beyond its text. */
const CELL_PADDING = CELL_MARGINS.left + CELL_MARGINS.right + 40;

/** A form's labelled items: label | value, the label column as wide as its longest label. */
export function fieldsTable(rows: readonly LayoutField[]): Table {
  const longest = Math.max(2, ...rows.map((field) => ems(field.label)));
  const labelWidth = Math.round(
    Math.min(TEXT_WIDTH_TWIPS * 0.4, longest * FIELD_TEXT.sizePt * 20 + CELL_PADDING),
  );
  const widths = [labelWidth, TEXT_WIDTH_TWIPS - labelWidth];
  return fixedTable(
    widths,
    rows.map(
      (field) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(field.label, FIELD_TEXT, FIELD_LINE_TWIPS, widths[0]!),
            cell(field.value, FIELD_TEXT, FIELD_LINE_TWIPS, widths[1]!),
          ],
        }),
    ),
  );
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(ems));
}

/**
 * Column widths: each column first gets room for its header on one line (序号 must not break
 * into 序/号), then the rest of the width goes in proportion to how much longer the column's
 * longest cell is than its header. Falls back to proportions alone when the headers do not fit.
 */
export function columnWidths(columns: readonly string[], rows: readonly (readonly string[])[]) {
  const charTwips = PT.sihao * 20;
  const minimum = columns.map((header) => longestLine(header) * charTwips + CELL_PADDING);
  const need = columns.map((header, index) => {
    const longest = Math.max(
      longestLine(header),
      ...rows.map((row) => longestLine(row[index] ?? '')),
    );
    return Math.min(16, longest) * charTwips + CELL_PADDING;
  });
  const spare = TEXT_WIDTH_TWIPS - minimum.reduce((sum, width) => sum + width, 0);
  const extra = need.map((width, index) => width - minimum[index]!);
  const extraTotal = extra.reduce((sum, width) => sum + width, 0);
  const widths =
    spare < 0
      ? need.map((width) => (TEXT_WIDTH_TWIPS * width) / need.reduce((sum, w) => sum + w, 0))
      : minimum.map(
          (width, index) =>
            width +
            (extraTotal > 0 ? (spare * extra[index]!) / extraTotal : spare / columns.length),
        );
  const rounded = widths.map(Math.floor);
  rounded[rounded.length - 1]! += TEXT_WIDTH_TWIPS - rounded.reduce((sum, width) => sum + width, 0);
  return rounded;
}

/** A list with columns; the header row repeats at the top of every page the table runs onto. */
export function listTable(columns: readonly string[], rows: readonly (readonly string[])[]): Table {
  if (columns.length === 0) return fixedTable([TEXT_WIDTH_TWIPS], []);
  const widths = columnWidths(columns, rows);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((title, index) =>
      cell(title, HEADER_TEXT, CELL_LINE_TWIPS, widths[index]!, 'center'),
    ),
  });
  // A column of short items (序号, 数量, 页数) reads better centred, as offices set them.
  const centred = columns.map((header, index) =>
    [header, ...rows.map((row) => row[index] ?? '')].every((text) => longestLine(text) <= 4),
  );
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        // A short row is padded and a long one cut to the header's columns: Word shows a
        // ragged table as broken.
        children: columns.map((_, index) =>
          cell(
            row[index] ?? '',
            CELL_TEXT,
            CELL_LINE_TWIPS,
            widths[index]!,
            centred[index] ? 'center' : 'left',
          ),
        ),
      }),
  );
  return fixedTable(widths, [header, ...body]);
}

/** Word joins two tables with nothing between them into one; this small paragraph parts them. */
export function afterTable(): Paragraph {
  return new Paragraph({ spacing: exactLines(200) });
}
