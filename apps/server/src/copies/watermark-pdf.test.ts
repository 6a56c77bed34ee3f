import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { Problem } from '../http/problem.ts';
import { MARK_SEPARATOR, markText } from './copy-mark.ts';
import { makeSamplePdf, markEncrypted } from './test-support/sample-pdf.ts';
import { pdfPageTexts, pdfPageViews } from './test-support/pdf-text.ts';
import { watermarkPdf } from './watermark-pdf.ts';
import { SAMPLE_MARK } from './test-support/sample-mark.ts';

const mark = SAMPLE_MARK;
const { chinese, ascii } = markText(mark);

describe('watermarkPdf', () => {
  it('stamps both marks on every page and keeps the original text', async () => {
    const original = await makeSamplePdf([
      { size: [595, 842], text: 'Inspection record page one' },
      { size: [595, 842], rotate: 90, cropBox: [30, 40, 540, 780], text: 'Page two, rotated' },
    ]);
    const before = Buffer.from(original);
    const copy = await watermarkPdf(original, mark);

    expect(Buffer.from(original).equals(before)).toBe(true);
    const texts = await pdfPageTexts(copy);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Inspection record page one');
    expect(texts[1]).toContain('Page two, rotated');
    for (const text of texts) {
      expect(text).toContain(chinese);
      expect(text).toContain(ascii);
      expect(text).toContain('留痕副本 zhangsan');
    }
    expect((await pdfPageTexts(original)).join('')).not.toContain('留痕');
  });

  it.each([0, 90, 180, 270] as const)(
    'puts the band along the bottom and the big text across the middle of the page as shown (rotation %i)',
    async (rotate) => {
      const original = await makeSamplePdf([
        { size: [700, 900], rotate, cropBox: [50, 80, 595, 742], text: 'Cropped page' },
      ]);
      const [view] = await pdfPageViews(await watermarkPdf(original, mark));
      const displayed = rotate % 180 === 0 ? [595, 742] : [742, 595];
      expect([view!.width, view!.height]).toEqual(displayed);

      const band = view!.items.find((item) => item.text === chinese)!;
      expect(band.angleDegrees).toBe(0);
      // Screen coordinates: y grows downwards, so the bottom edge is y = height.
      expect(band.y).toBeGreaterThan(view!.height - 30);
      expect(band.y).toBeLessThan(view!.height);
      expect(band.x).toBeGreaterThan(0);
      expect(band.x + band.width).toBeLessThan(view!.width);

      const diagonal = view!.items.find((item) => item.text === '留痕副本 zhangsan')!;
      const radians = (diagonal.angleDegrees * Math.PI) / 180;
      expect(radians).toBeCloseTo(Math.atan2(view!.height, view!.width), 2);
      const middle = {
        x: diagonal.x + (diagonal.width / 2) * Math.cos(radians),
        y: diagonal.y - (diagonal.width / 2) * Math.sin(radians),
      };
      expect(Math.abs(middle.x - view!.width / 2)).toBeLessThan(view!.width * 0.08);
      expect(Math.abs(middle.y - view!.height / 2)).toBeLessThan(view!.height * 0.08);
    },
  );

  it('wraps the band on a small page without losing any part of the mark', async () => {
    const original = await makeSamplePdf([{ size: [180, 120], text: 'Receipt' }]);
    const [view] = await pdfPageViews(await watermarkPdf(original, mark));
    const bandLines = view!.items.filter((item) => item.angleDegrees === 0 && item.y > 60);
    expect(bandLines.length).toBeGreaterThan(2);
    for (const line of bandLines) {
      expect(line.x).toBeGreaterThanOrEqual(0);
      expect(line.x + line.width).toBeLessThanOrEqual(180);
    }
    for (const part of [...chinese.split(MARK_SEPARATOR), ...ascii.split(MARK_SEPARATOR)]) {
      expect(view!.text).toContain(part);
    }
  });

  it('writes the mark into the document information', async () => {
    const copy = await watermarkPdf(await makeSamplePdf([{ size: [595, 842], text: 'x' }]), mark);
    const loaded = await PDFDocument.load(copy, { updateMetadata: false });
    expect(loaded.getSubject()).toBe(ascii);
    expect(loaded.getKeywords()).toContain(ascii);
    expect(loaded.getKeywords()).toContain(mark.copyId);
    expect(loaded.getProducer()).toContain(ascii);
    expect(loaded.getModificationDate()?.toISOString()).toBe(mark.issuedAt.toISOString());
  });

  it('refuses encrypted and unparsable PDFs with a problem a clerk can act on', async () => {
    const encrypted = markEncrypted(await makeSamplePdf([{ size: [595, 842], text: 'secret' }]));
    expect((await PDFDocument.load(encrypted, { ignoreEncryption: true })).isEncrypted).toBe(true);
    const garbage = new TextEncoder().encode('this is not a PDF at all\n');
    const truncated = (await makeSamplePdf([{ size: [595, 842], text: 'cut' }])).slice(0, 40);
    for (const bytes of [encrypted, garbage, truncated]) {
      const failure = await watermarkPdf(bytes, mark).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Problem);
      expect(failure).toMatchObject({ status: 422, slug: 'copy-not-possible' });
      expect((failure as Problem).detail).toContain('已加密或已损坏');
    }
  });
});
