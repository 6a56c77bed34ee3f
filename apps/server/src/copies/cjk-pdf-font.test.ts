import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  rgb,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { registerChineseFont } from './cjk-pdf-font.ts';
import { pdfPageViews } from './test-support/pdf-text.ts';

const SAMPLES = [
  '留痕副本 仅供张三（zhangsan）使用',
  'LIUHEN COPY for zhangsan · grant 1a2b3c4d',
  '2026-11-23 14:05 北京时间，第 3 页',
  '行政执法全过程记录',
];

async function reload(doc: PDFDocument): Promise<{ bytes: Uint8Array; loaded: PDFDocument }> {
  const bytes = await doc.save();
  return { bytes, loaded: await PDFDocument.load(bytes) };
}

function dictAt(doc: PDFDocument, value: unknown): PDFDict {
  return doc.context.lookup(value as PDFRef, PDFDict);
}

describe('registerChineseFont', () => {
  it('references STSong-Light under UniGB-UTF16-H without embedding a font file', async () => {
    const doc = await PDFDocument.create();
    const font = registerChineseFont(doc);
    font.draw(doc.addPage(), '留痕', { x: 10, y: 10, size: 12 });
    const { bytes, loaded } = await reload(doc);

    const type0 = dictAt(loaded, font.ref);
    expect(type0.get(PDFName.of('Subtype'))).toBe(PDFName.of('Type0'));
    expect(type0.get(PDFName.of('BaseFont'))).toBe(PDFName.of('STSong-Light'));
    expect(type0.get(PDFName.of('Encoding'))).toBe(PDFName.of('UniGB-UTF16-H'));
    const descendants = type0.lookup(PDFName.of('DescendantFonts'), PDFArray);
    const cidFont = dictAt(loaded, descendants.get(0));
    expect(cidFont.get(PDFName.of('Subtype'))).toBe(PDFName.of('CIDFontType0'));
    const info = cidFont.lookup(PDFName.of('CIDSystemInfo'), PDFDict);
    expect(info.lookup(PDFName.of('Registry'), PDFString).asString()).toBe('Adobe');
    expect(info.lookup(PDFName.of('Ordering'), PDFString).asString()).toBe('GB1');
    expect(cidFont.lookup(PDFName.of('DW'), PDFNumber).asNumber()).toBe(1000);
    const widths = cidFont.lookup(PDFName.of('W'), PDFArray);
    expect(widths.asArray().map((n) => (n as PDFNumber).asNumber())).toEqual([1, 95, 500]);
    const descriptor = cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict);
    expect(descriptor.lookup(PDFName.of('Flags'), PDFNumber).asNumber()).toBe(6);
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      expect(descriptor.has(PDFName.of(key))).toBe(false);
    }
    // Referencing a standard font costs bytes, not megabytes.
    expect(bytes.byteLength).toBeLessThan(5_000);
  });

  it('writes text that a reader extracts as written, at the width widthOf predicts', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([500, 400]);
    const font = registerChineseFont(doc);
    SAMPLES.forEach((text, index) =>
      font.draw(page, text, {
        x: 20,
        y: 350 - index * 40,
        size: 11 + index,
        color: rgb(0.2, 0, 0),
      }),
    );
    const [view] = await pdfPageViews(await doc.save());
    for (const [index, text] of SAMPLES.entries()) {
      const item = view!.items.find((candidate) => candidate.text === text);
      expect(item, text).toBeDefined();
      expect(item!.width).toBeCloseTo(font.widthOf(text, 11 + index), 3);
      expect(item!.x).toBeCloseTo(20, 3);
    }
  });

  it('draws rotated text about its start point', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 400]);
    const font = registerChineseFont(doc);
    font.draw(page, '斜向 watermark', { x: 100, y: 100, size: 20, rotateDegrees: 30 });
    font.draw(page, '竖排', { x: 300, y: 100, size: 20, rotateDegrees: 90 });
    const [view] = await pdfPageViews(await doc.save());
    const slanted = view!.items.find((item) => item.text === '斜向 watermark')!;
    expect(slanted.angleDegrees).toBeCloseTo(30, 0);
    // pdf.js reports top-left origin: y = 400 - 100.
    expect([slanted.x, slanted.y]).toEqual([expect.closeTo(100, 3), expect.closeTo(300, 3)]);
    expect(view!.items.find((item) => item.text === '竖排')!.angleDegrees).toBeCloseTo(90, 0);
  });

  it('adds one opacity state per opacity and one font entry per shared resource dictionary', async () => {
    const doc = await PDFDocument.create();
    const shared = doc.context.register(doc.context.obj({}));
    const pages = [doc.addPage(), doc.addPage()];
    for (const page of pages) page.node.set(PDFName.of('Resources'), shared);
    const font = registerChineseFont(doc);
    for (const page of pages) {
      font.draw(page, '半透明', { x: 10, y: 10, size: 30, opacity: 0.15 });
      font.draw(page, '再来', { x: 10, y: 50, size: 30, opacity: 0.15 });
      font.draw(page, '不透明', { x: 10, y: 90, size: 30 });
    }
    // pdf-lib writes a shared dictionary out once per page on save; count before that.
    const resources = doc.getPage(0).node.Resources()!;
    expect(doc.getPage(1).node.Resources()).toBe(resources);
    const fonts = resources.lookup(PDFName.of('Font'), PDFDict);
    expect(fonts.values().filter((value) => value === font.ref)).toHaveLength(1);
    const states = resources.lookup(PDFName.of('ExtGState'), PDFDict);
    const opacities = states
      .values()
      .map((value) => dictAt(doc, value).lookup(PDFName.of('ca'), PDFNumber).asNumber());
    expect(opacities).toEqual([0.15]);
  });

  it('wraps text to lines that fit the width by its own measure', async () => {
    const doc = await PDFDocument.create();
    const font = registerChineseFont(doc);
    const text = SAMPLES.join(' ');
    const lines = font.wrap(text, 10, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(font.widthOf(line, 10)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
