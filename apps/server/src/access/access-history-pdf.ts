import { MATERIAL_KIND_LABELS } from '@liuhen/domain';
import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { registerChineseFont, type ChineseFont } from '../copies/cjk-pdf-font.ts';
import { chinaTime, PURPOSE_LABELS, type AccessHistoryItem } from './access-history.ts';

export interface AccessHistoryHeading {
  readonly caseNumber: string;
  readonly caseName: string;
  readonly agencyName: string;
  readonly exportedBy: string;
  readonly exportedAt: Date;
}

/** A4 landscape, in points. */
const PAGE = { width: 842, height: 595 } as const;
const MARGIN = 36;
const SIZE = 8;
const LINE = 11;
const PADDING = 3;
const GREY = rgb(0.45, 0.45, 0.45);
const RULE = rgb(0.8, 0.8, 0.8);

function targetText(target: string | null): string {
  if (target === null || target === '') return '—';
  // The short id tells the lines apart; the full one is in the CSV and the ledger.
  const [kind = '', id = ''] = target.split(':');
  return `${MATERIAL_KIND_LABELS[kind] ?? kind} ${id.slice(0, 8)}`;
}

interface Column {
  readonly title: string;
  readonly width: number;
  readonly text: (item: AccessHistoryItem) => string;
}

const COLUMNS: readonly Column[] = [
  { title: '序号', width: 34, text: (item) => String(item.seq) },
  { title: '时间（北京时间）', width: 96, text: (item) => chinaTime(item.at) },
  { title: '事项', width: 92, text: (item) => item.label },
  {
    title: '人员',
    width: 92,
    text: (item) =>
      item.actor.displayName === ''
        ? item.actor.username
        : `${item.actor.displayName}（${item.actor.username}）`,
  },
  { title: '对象', width: 90, text: (item) => targetText(item.target) },
  {
    title: '用途',
    width: 54,
    text: (item) =>
      (item.purpose === null ? '' : (PURPOSE_LABELS[item.purpose] ?? item.purpose)) +
      (item.copyId === null ? '' : ` 副本 ${item.copyId.slice(0, 8)}`),
  },
  { title: '事由', width: 180, text: (item) => item.reason ?? '' },
  { title: '调阅授权', width: 132, text: (item) => item.grantId ?? '本人权限' },
];

/**
 * The case's access history as a PDF to print, sign and file (issue 7 Build 5): every line
 * of the JSON and CSV, in a table that repeats its header on every page, with the log
 * sequence to check each line against the ledger. Chinese is set in STSong-Light, which
 * every reader substitutes, so the file stays small.
 */
export async function accessHistoryPdf(
  heading: AccessHistoryHeading,
  items: readonly AccessHistoryItem[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${heading.caseNumber} 访问记录`);
  doc.setSubject(`${heading.agencyName} ${heading.caseName}`);
  doc.setCreator('留痕 Liuhen');
  doc.setCreationDate(heading.exportedAt);
  const font = registerChineseFont(doc);
  const tableWidth = COLUMNS.reduce((sum, column) => sum + column.width, 0);

  let page!: PDFPage;
  let y = 0;
  const newPage = (first: boolean) => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN;
    if (first) {
      font.draw(page, `${heading.agencyName} 案件访问记录`, { x: MARGIN, y: y - 14, size: 14 });
      y -= 30;
      const summary = `案号 ${heading.caseNumber} · ${heading.caseName} · 共 ${items.length} 条 · 导出人 ${heading.exportedBy} · 导出时间 ${chinaTime(heading.exportedAt.toISOString())}（北京时间）`;
      for (const line of font.wrap(summary, 9, PAGE.width - 2 * MARGIN)) {
        font.draw(page, line, { x: MARGIN, y: y - 9, size: 9, color: GREY });
        y -= 13;
      }
      y -= 6;
    }
    drawRow(
      COLUMNS.map((column) => [column.title]),
      true,
    );
  };

  const drawRow = (cells: readonly (readonly string[])[], header: boolean) => {
    const lines = Math.max(...cells.map((cell) => cell.length), 1);
    const height = lines * LINE + 2 * PADDING;
    if (header) {
      page.drawRectangle({
        x: MARGIN,
        y: y - height,
        width: tableWidth,
        height,
        color: rgb(0.95, 0.95, 0.95),
      });
    }
    let x = MARGIN;
    COLUMNS.forEach((column, index) => {
      cells[index]!.forEach((line, lineIndex) => {
        font.draw(page, line, {
          x: x + PADDING,
          y: y - PADDING - (lineIndex + 1) * LINE + 3,
          size: SIZE,
        });
      });
      x += column.width;
    });
    y -= height;
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: MARGIN + tableWidth, y },
      thickness: 0.5,
      color: RULE,
    });
  };

  newPage(true);
  for (const item of items) {
    const cells = COLUMNS.map((column) =>
      font.wrap(column.text(item), SIZE, column.width - 2 * PADDING),
    );
    const height = Math.max(...cells.map((cell) => cell.length), 1) * LINE + 2 * PADDING;
    if (y - height < MARGIN + 16) newPage(false);
    drawRow(cells, false);
  }
  if (items.length === 0) {
    font.draw(page, '本案尚无访问记录。', { x: MARGIN + PADDING, y: y - 16, size: 9 });
  }

  footers(doc.getPages(), font, heading);
  return doc.save();
}

function footers(pages: readonly PDFPage[], font: ChineseFont, heading: AccessHistoryHeading) {
  pages.forEach((page, index) => {
    const text = `${heading.caseNumber} 访问记录 · 第 ${index + 1} 页，共 ${pages.length} 页 · 每条可按序号与留痕日志核对`;
    font.draw(page, text, { x: MARGIN, y: MARGIN - 16, size: 7, color: GREY });
  });
}
