import type { DocumentLayout, LayoutBlock } from '@liuhen/domain';
import PDFDocument from 'pdfkit';
import type { DocumentFonts } from './document-fonts.ts';
import { closingHeight, drawClosing } from './draw-closing.ts';
import { drawHead } from './draw-head.ts';
import { drawSignatures } from './draw-signatures.ts';
import { drawFields, drawTable } from './draw-tables.ts';
import { drawDialogue, drawHeading, drawParagraph } from './draw-text-blocks.ts';
import { LayoutError } from './layout-error.ts';
import { PAGE } from './page-geometry.ts';
import { drawDraftMark, drawPageNumbers, drawQr, qrMatrix, type QrMatrix } from './page-marks.ts';
import { Typesetter } from './typesetter.ts';

export interface RenderPdfOptions {
  readonly fonts: DocumentFonts;
  /** The document's CreationDate; with the same layout, the same bytes. */
  readonly producedAt: Date;
}

export const PDF_PRODUCER = '留痕 Liuhen';

function drawBlock(set: Typesetter, block: LayoutBlock, keepWithLast: number) {
  switch (block.type) {
    case 'paragraph':
      return drawParagraph(set, block, keepWithLast);
    case 'heading':
      return drawHeading(set, block);
    case 'fields':
      return drawFields(set, block.rows);
    case 'table':
      return drawTable(set, block.columns, block.rows);
    case 'dialogue':
      return drawDialogue(set, block.turns, keepWithLast);
    case 'signatures':
      return drawSignatures(set, block.lines);
    default:
      throw new LayoutError(
        `unknown layout block type ${JSON.stringify((block as { type?: unknown }).type)}`,
      );
  }
}

/**
 * The PDF of a document as issued or as a draft: GB/T 9704-like typography of the
 * renderer-neutral layout, fonts embedded as subsets, text extractable. Deterministic: the
 * same layout and `producedAt` give the same bytes (pdfkit's file ID is a hash of the info
 * dictionary, whose only date is `producedAt`), so a stored document can be re-rendered
 * and compared.
 */
export async function renderPdf(
  layout: DocumentLayout,
  options: RenderPdfOptions,
): Promise<Uint8Array> {
  const producedAt = options.producedAt;
  if (!(producedAt instanceof Date) || Number.isNaN(producedAt.getTime())) {
    throw new TypeError('producedAt must be a valid Date');
  }
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: [PAGE.width, PAGE.height],
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: layout.number === null ? layout.title : `${layout.title} ${layout.number}`,
      Author: layout.masthead,
      Producer: PDF_PRODUCER,
      Creator: PDF_PRODUCER,
      CreationDate: producedAt,
      ModDate: producedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const qr: QrMatrix | null =
    layout.verification !== null && !layout.draft ? qrMatrix(layout.verification.url) : null;
  const set: Typesetter = new Typesetter(doc, options.fonts, () => {
    if (layout.draft) drawDraftMark(set);
    if (qr !== null) drawQr(set, qr, layout.verification!.code);
  });

  set.newPage();
  drawHead(set, layout);
  const keepWithLast = layout.closing === null ? 0 : closingHeight(layout.closing);
  layout.blocks.forEach((block, index) =>
    drawBlock(set, block, index === layout.blocks.length - 1 ? keepWithLast : 0),
  );
  if (layout.closing !== null) drawClosing(set, layout.closing);
  drawPageNumbers(set);

  doc.end();
  await ended;
  // One buffer of its own, so the bytes can be transferred between threads whole.
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
