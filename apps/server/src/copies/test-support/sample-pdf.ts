import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';

export interface SamplePage {
  readonly size: [number, number];
  readonly rotate?: 0 | 90 | 180 | 270;
  /** x, y, width, height; the visible part of the page when it does not start at 0,0. */
  readonly cropBox?: [number, number, number, number];
  readonly text: string;
}

/** A real PDF made with pdf-lib: Latin text on each page, as a scanner or office tool writes. */
export async function makeSamplePdf(pages: readonly SamplePage[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const page = doc.addPage(spec.size);
    if (spec.cropBox) page.setCropBox(...spec.cropBox);
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
    const [x, y] = spec.cropBox ?? [0, 0];
    page.drawText(spec.text, { x: x + 40, y: y + 120, size: 14, font });
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * The same PDF declaring standard-handler encryption in its trailer: what pdf-lib, pdf.js
 * and Acrobat test to decide that a file is encrypted.
 */
export function markEncrypted(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const zeros = '0'.repeat(64);
  const encrypted = text.replace(
    /trailer\s*<</,
    `trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /O <${zeros}> /U <${zeros}> /P -4 >>`,
  );
  if (encrypted === text) throw new Error('no classic trailer to mark');
  return Buffer.from(encrypted, 'latin1');
}
