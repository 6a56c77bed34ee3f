import type { LayoutField } from '@liuhen/domain';
import type { BrokenLine } from './line-breaking.ts';
import { BLACK, CONTENT, PITCH, SIZE } from './page-geometry.ts';
import type { TextStyle, Typesetter } from './typesetter.ts';

const PAD_X = 5;
const PAD_Y = 3;
const RULE_WIDTH = 0.75;

const FIELD_LABEL: TextStyle = { face: 'serifBold', size: SIZE.fields, pitch: PITCH.fields };
const FIELD_VALUE: TextStyle = { face: 'serif', size: SIZE.fields, pitch: PITCH.fields };
const TABLE_HEADER: TextStyle = { face: 'sansBold', size: SIZE.table, pitch: PITCH.table };
const TABLE_CELL: TextStyle = { face: 'serif', size: SIZE.table, pitch: PITCH.table };

interface Cell {
  readonly text: string;
  readonly style: TextStyle;
  readonly align: 'left' | 'center';
}

interface PreparedRow {
  readonly cells: readonly { readonly cell: Cell; readonly lines: readonly BrokenLine[] }[];
  readonly lineCount: number;
  readonly pitch: number;
}

function prepare(set: Typesetter, cells: readonly Cell[], widths: readonly number[]): PreparedRow {
  const prepared = cells.map((cell, index) => ({
    cell,
    lines: set.lines(cell.text, cell.style.face, cell.style.size, widths[index]! - 2 * PAD_X),
  }));
  return {
    cells: prepared,
    lineCount: Math.max(1, ...prepared.map(({ lines }) => lines.length)),
    pitch: Math.max(...cells.map((cell) => cell.style.pitch)),
  };
}

/** Lines [from, from + count) of a row, in bordered cells, at `set.y`. */
function drawSlice(
  set: Typesetter,
  row: PreparedRow,
  widths: readonly number[],
  from: number,
  count: number,
) {
  const height = count * row.pitch + 2 * PAD_Y;
  let x = CONTENT.left;
  row.cells.forEach(({ cell, lines }, index) => {
    const width = widths[index]!;
    lines.slice(from, from + count).forEach((line, offset) => {
      const top = set.y + PAD_Y + offset * row.pitch;
      set.drawLine(
        line,
        x + PAD_X,
        top,
        width - 2 * PAD_X,
        cell.style,
        cell.align === 'center' ? 'center' : 'justify',
      );
    });
    set.doc
      .save()
      .lineWidth(RULE_WIDTH)
      .strokeColor(BLACK)
      .rect(x, set.y, width, height)
      .stroke()
      .restore();
    x += width;
  });
  set.y += height;
}

const heightOf = (row: PreparedRow, lines = row.lineCount) => lines * row.pitch + 2 * PAD_Y;

/**
 * A bordered grid that breaks across pages between rows, repeating its header row on each
 * new page; a row taller than a whole page is itself broken between lines.
 */
function drawGrid(
  set: Typesetter,
  widths: readonly number[],
  header: readonly Cell[] | null,
  rows: readonly (readonly Cell[])[],
) {
  const headerRow = header === null ? null : prepare(set, header, widths);
  const headerHeight = headerRow === null ? 0 : heightOf(headerRow);
  const drawHeader = () => {
    if (headerRow !== null) drawSlice(set, headerRow, widths, 0, headerRow.lineCount);
  };
  const prepared = rows.map((cells) => prepare(set, cells, widths));
  const first = prepared[0];
  set.ensure(
    headerHeight + (first === undefined ? 0 : heightOf(first, Math.min(first.lineCount, 2))),
  );
  drawHeader();
  let freshTop = set.y;
  const continueOnNewPage = () => {
    set.newPage();
    drawHeader();
    freshTop = set.y;
  };
  for (const row of prepared) {
    let from = 0;
    while (from < row.lineCount) {
      const remaining = row.lineCount - from;
      const fitting = Math.floor((set.room - 2 * PAD_Y + 0.01) / row.pitch);
      const onFreshPage = set.y <= freshTop + 0.01;
      const fitsAFreshPage =
        heightOf(row, remaining) <= CONTENT.bottom - CONTENT.top - headerHeight;
      if (fitting >= remaining) {
        drawSlice(set, row, widths, from, remaining);
        from += remaining;
      } else if ((from === 0 && fitsAFreshPage && !onFreshPage) || fitting < 1) {
        continueOnNewPage();
      } else {
        drawSlice(set, row, widths, from, fitting);
        from += fitting;
        continueOnNewPage();
      }
    }
  }
  set.y += PITCH.body * 0.3;
}

/** 时间、地点、询问人 …: label | value, the value wrapping in its cell. */
export function drawFields(set: Typesetter, rows: readonly LayoutField[]) {
  const widest = Math.max(
    0,
    ...rows.map((row) => set.measure(row.label, FIELD_LABEL.face, FIELD_LABEL.size)),
  );
  const labelWidth = Math.min(
    Math.max(widest + 2 * PAD_X + 1, 4 * SIZE.fields + 2 * PAD_X),
    CONTENT.width * 0.35,
  );
  drawGrid(
    set,
    [labelWidth, CONTENT.width - labelWidth],
    null,
    rows.map((row) => [
      { text: row.label, style: FIELD_LABEL, align: 'left' },
      { text: row.value, style: FIELD_VALUE, align: 'left' },
    ]),
  );
}

/**
 * Column widths by water-filling: a column that needs less than an equal share gets what
 * it needs (序号, 数量), the wide ones share the rest; any slack goes to all in proportion.
 */
export function columnWidths(natural: readonly number[], total: number, minimum: number): number[] {
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) return natural.map((width) => width + ((total - sum) * width) / sum);
  const widths = natural.map(() => 0);
  let open = natural.map((_, index) => index);
  let left = total;
  for (;;) {
    const share = left / open.length;
    const narrow = open.filter((index) => natural[index]! <= share);
    if (narrow.length === 0) {
      for (const index of open) widths[index] = Math.max(minimum, share);
      break;
    }
    for (const index of narrow) {
      widths[index] = natural[index]!;
      left -= natural[index]!;
    }
    open = open.filter((index) => natural[index]! > share);
    if (open.length === 0) break;
  }
  // A minimum can push the sum over; take the excess back from the widest.
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  if (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = widths[widest]! - excess;
  }
  return widths;
}

/** 查封扣押清单, 证据清单: a header row, repeated after each page break. */
export function drawTable(
  set: Typesetter,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
) {
  if (columns.length === 0) return;
  const natural = columns.map(
    (column, index) =>
      Math.max(
        set.measure(column, TABLE_HEADER.face, TABLE_HEADER.size),
        ...rows.map((row) => set.measure(row[index] ?? '', TABLE_CELL.face, TABLE_CELL.size)),
      ) +
      2 * PAD_X +
      1,
  );
  const widths = columnWidths(natural, CONTENT.width, 2 * SIZE.table + 2 * PAD_X);
  drawGrid(
    set,
    widths,
    columns.map((text) => ({ text, style: TABLE_HEADER, align: 'center' })),
    rows.map((row) =>
      columns.map((_, index) => ({ text: row[index] ?? '', style: TABLE_CELL, align: 'left' })),
    ),
  );
}
