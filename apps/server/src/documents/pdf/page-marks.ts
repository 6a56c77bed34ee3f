import QRCode from 'qrcode';
import { BLACK, CONTENT, DRAFT_GREY, PAGE, QR_SIZE, SIZE, mm } from './page-geometry.ts';
import type { Typesetter } from './typesetter.ts';

/** The dark modules of a QR code, row by row: what the page draws, as vector squares. */
export interface QrMatrix {
  readonly size: number;
  /** size × size, 1 = dark. */
  readonly modules: Uint8Array;
}

/** Level M: a printed page is read through a phone's camera, often creased or smudged. */
export function qrMatrix(url: string): QrMatrix {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return { size: modules.size, modules: Uint8Array.from(modules.data) };
}

/** Where the QR symbol sits: bottom right, in the bottom margin, beside the page number. */
export const QR_POSITION = {
  x: CONTENT.right - QR_SIZE,
  y: CONTENT.bottom + mm(3),
} as const;

/**
 * Each run of dark modules in a row is one rectangle, all filled as one path: no raster,
 * so the code stays sharp at any print resolution.
 */
export function drawQr(set: Typesetter, qr: QrMatrix, code: string) {
  const module = QR_SIZE / qr.size;
  const doc = set.doc.save();
  for (let row = 0; row < qr.size; row++) {
    let column = 0;
    while (column < qr.size) {
      if (qr.modules[row * qr.size + column] !== 1) {
        column++;
        continue;
      }
      const start = column;
      while (column < qr.size && qr.modules[row * qr.size + column] === 1) column++;
      doc.rect(
        QR_POSITION.x + start * module,
        QR_POSITION.y + row * module,
        (column - start) * module,
        module,
      );
    }
  }
  doc.fill(BLACK).restore();
  const label = `核验码 ${code}`;
  const style = { face: 'sansBold', size: SIZE.qrCode, pitch: SIZE.qrCode * 1.4 } as const;
  // Centred under the symbol unless that would cross the 版心's right edge.
  const width = set.measure(label, style.face, style.size);
  const x = Math.min(QR_POSITION.x + (QR_SIZE - width) / 2, CONTENT.right - width);
  set.drawText(label, x, QR_POSITION.y + QR_SIZE + 1, style);
}

/** 草稿 across the page, under the text (drawn first), light enough to read through. */
export function drawDraftMark(set: Typesetter) {
  const size = 150;
  const text = '草稿';
  const width = set.measure(text, 'sansBold', size);
  const centre = { x: PAGE.width / 2, y: PAGE.height / 2 };
  set.doc.save().rotate(-55, { origin: [centre.x, centre.y] });
  set.drawText(text, centre.x - width / 2, centre.y - size * 0.6, {
    face: 'sansBold',
    size,
    pitch: size * 1.2,
    color: DRAFT_GREY,
  });
  set.doc.restore();
}

/** 第 N 页 共 M 页 under the 版心 (GB/T 9704 7.5: 页码 一字线 下边缘 7 mm below it). */
export function drawPageNumbers(set: Typesetter) {
  const range = set.doc.bufferedPageRange();
  const style = { face: 'serif', size: SIZE.footer, pitch: SIZE.footer * 1.4 } as const;
  for (let index = range.start; index < range.start + range.count; index++) {
    set.doc.switchToPage(index);
    const text = `第 ${index + 1} 页 共 ${range.count} 页`;
    const width = set.measure(text, style.face, style.size);
    set.drawText(text, (PAGE.width - width) / 2, CONTENT.bottom + mm(4), style);
  }
}
