import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DocumentLayout } from '@liuhen/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentFonts, type DocumentFonts } from './document-fonts.ts';
import { CONTENT, QR_SIZE } from './page-geometry.ts';
import { QR_POSITION } from './page-marks.ts';
import { renderPdf } from './render-pdf.ts';
import {
  fonts as pdfFonts,
  decodeQr,
  images,
  info,
  joined,
  pageCount,
  pageTexts,
  withPdf,
} from './test-support/poppler.ts';
import { SAMPLE, corruptPng, sampleDecisionLayout } from './test-support/sample-decision.ts';

const run = promisify(execFile);
const producedAt = new Date('2026-01-20T08:00:00Z');
let fonts: DocumentFonts;
const render = (layout: DocumentLayout, at = producedAt) =>
  renderPdf(layout, { fonts, producedAt: at });

beforeAll(async () => {
  fonts = await loadDocumentFonts();
});

/** The QR's square with a quiet zone around it, in points from the page's top left. */
const qrRegion = {
  x: QR_POSITION.x - 12,
  y: QR_POSITION.y - 12,
  width: QR_SIZE + 24,
  height: QR_SIZE + 24,
};

function expectPageNumbers(texts: readonly string[], count: number) {
  expect(texts).toHaveLength(count);
  // pdftotext keeps or drops the narrow spaces by its own guess.
  texts.forEach((text, index) => expect(joined(text)).toContain(`第${index + 1}页共${count}页`));
}

/** The pages' text without what is printed in the bottom margin, as one string. */
function bodyText(texts: readonly string[]) {
  return joined(
    texts
      .map((text) =>
        text
          .split('\n')
          .filter((line) => !/^\s*第\s*\d+\s*页\s*共\s*\d+\s*页\s*$|核验码/.test(line))
          .join('\n'),
      )
      .join(''),
  );
}

describe('renderPdf of an issued 行政处罚决定书', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await render(sampleDecisionLayout());
  });

  it('gives back the party, the 文号, the facts and the legal basis as text', async () => {
    await withPdf(bytes, async (file) => {
      const text = bodyText(await pageTexts(file));
      expect(text).toContain(SAMPLE.party);
      expect(text).toContain(SAMPLE.number);
      expect(text).toContain(joined(SAMPLE.fact));
      expect(text).toContain(joined(SAMPLE.basis));
      expect(text).toContain(joined(SAMPLE.refusal));
      expect(text).toContain(SAMPLE.digest);
      expect(text).toContain('常山县综合行政执法局二〇二六年一月二十日');
    });
  });

  it('numbers every page 第 N 页 共 M 页 with M the real page count', async () => {
    await withPdf(bytes, async (file) => {
      const count = await pageCount(file);
      expect(count).toBeGreaterThan(1);
      expectPageNumbers(await pageTexts(file), count);
    });
  });

  it('embeds the three faces as subsets', async () => {
    await withPdf(bytes, async (file) => {
      const listed = await pdfFonts(file);
      expect(listed.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
        'NotoSansCJKsc-Bold',
        'NotoSerifCJKsc-Bold',
        'NotoSerifCJKsc-Regular',
      ]);
      for (const font of listed) {
        expect(font).toMatchObject({ embedded: true, subset: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+/);
      }
    });
  });

  it('draws the captured signature as an image and nothing else as a raster', async () => {
    await withPdf(bytes, async (file) => {
      const drawn = (await images(file)).filter((image) => image.type === 'image');
      expect(drawn).toHaveLength(1);
      expect(drawn[0]).toMatchObject({ width: 240, height: 80 });
    });
  });

  it('carries on every page a QR code that reads as the verification URL, with its code', async () => {
    await withPdf(bytes, async (file) => {
      const texts = await pageTexts(file);
      for (let page = 1; page <= texts.length; page++) {
        expect(await decodeQr(file, page, qrRegion)).toBe(SAMPLE.verificationUrl);
        expect(texts[page - 1]).toContain(`核验码 ${SAMPLE.verificationCode}`);
      }
    });
  });

  it('names the document, the producer and the date in its metadata', async () => {
    await withPdf(bytes, async (file) => {
      expect(await info(file)).toMatchObject({
        Title: `行政处罚决定书 ${SAMPLE.number}`,
        Producer: '留痕 Liuhen',
        CreationDate: '2026-01-20T08:00:00Z',
      });
    });
  });

  it('keeps every word inside the type area and starts no line with a closing mark', async () => {
    await withPdf(bytes, async (file) => {
      const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
      const words = [...stdout.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g)];
      expect(words.length).toBeGreaterThan(100);
      for (const [, xMin, xMax, word] of words) {
        expect(Number(xMin), word).toBeGreaterThanOrEqual(CONTENT.left - 0.5);
        expect(Number(xMax), word).toBeLessThanOrEqual(CONTENT.right + 0.5);
      }
      const lines = (await pageTexts(file)).flatMap((page) => page.split('\n'));
      for (const line of lines) expect(line.trim()).not.toMatch(/^[。，、；：？！）」』”]/);
    });
  });
});

describe('renderPdf', () => {
  it('marks a draft 草稿 on every page and gives it no QR code', async () => {
    const bytes = await render(sampleDecisionLayout({ draft: true }));
    await withPdf(bytes, async (file) => {
      const texts = await pageTexts(file);
      expectPageNumbers(texts, await pageCount(file));
      for (const text of texts) {
        // pdftotext reads diagonal text glyph by glyph, in no particular order; the sample
        // has neither character anywhere else.
        expect(text).toContain('草');
        expect(text).toContain('稿');
        expect(text).not.toContain(SAMPLE.verificationCode);
      }
      expect(bodyText(texts)).not.toContain(SAMPLE.number);
      expect(await decodeQr(file, 1, qrRegion)).toBeNull();
    });
  });

  it('gives the same bytes for the same layout and date, other bytes for another date', async () => {
    const layout = sampleDecisionLayout();
    const [first, second] = [await render(layout), await render(layout)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const later = await render(layout, new Date('2026-01-21T08:00:00Z'));
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
  });

  it('sets a ten-page 决定书 with the numbers right and the 落款 beside the last lines', async () => {
    const bytes = await render(sampleDecisionLayout({ factRepeats: 30 }));
    await withPdf(bytes, async (file) => {
      const count = await pageCount(file);
      expect(count).toBeGreaterThanOrEqual(10);
      const texts = await pageTexts(file);
      expectPageNumbers(texts, count);
      expect(bodyText(texts).split(joined(SAMPLE.fact))).toHaveLength(31);
    });
  });

  it('never leaves the 落款 alone on a page, wherever the 正文 ends', async () => {
    for (let factRepeats = 1; factRepeats <= 6; factRepeats++) {
      const bytes = await render(sampleDecisionLayout({ factRepeats }));
      await withPdf(bytes, async (file) => {
        const last = joined((await pageTexts(file)).at(-1)!);
        expect(last, `with ${factRepeats} facts`).toContain('二〇二六年一月二十日');
        expect(last, `with ${factRepeats} facts`).toContain('核验。');
      });
    }
  });

  it('repeats a table header on each page the table runs onto and wraps long cells', async () => {
    const rows = Array.from({ length: 70 }, (_, index) => [
      String(index + 1),
      `扣押物品第${index + 1}项`,
      index === 3 ? `编号 ${SAMPLE.digest}${SAMPLE.digest}` : '台',
    ]);
    const layout: DocumentLayout = {
      ...sampleDecisionLayout({ draft: true }),
      blocks: [{ type: 'table', columns: ['序号', '物品名称及规格', '备注'], rows }],
      closing: null,
    };
    await withPdf(await render(layout), async (file) => {
      const texts = await pageTexts(file);
      expect(texts.length).toBeGreaterThan(1);
      for (const text of texts) expect(text).toContain('物品名称及规格');
      expect(bodyText(texts)).toContain(SAMPLE.digest + SAMPLE.digest);
    });
  });

  it('rejects a layout with a block it does not know, naming the block type', async () => {
    const layout = {
      ...sampleDecisionLayout(),
      blocks: [{ type: 'poem', text: '床前明月光' }],
    } as unknown as DocumentLayout;
    await expect(render(layout)).rejects.toThrow(/unknown layout block type "poem"/);
  });

  it('rejects a signature image that is not a PNG, or is a corrupt one', async () => {
    const layout: DocumentLayout = {
      ...sampleDecisionLayout(),
      blocks: [
        {
          type: 'signatures',
          lines: [
            {
              role: '当事人（签名）',
              name: null,
              date: null,
              imagePng: new Uint8Array([1, 2, 3, 4]),
              refusal: null,
            },
          ],
        },
      ],
    };
    await expect(render(layout)).rejects.toThrow(
      /当事人（签名） is not a usable PNG: no PNG signature/,
    );
    const corrupt: DocumentLayout = {
      ...layout,
      blocks: [
        {
          type: 'signatures',
          lines: [
            { role: '见证人', name: null, date: null, imagePng: corruptPng(), refusal: null },
          ],
        },
      ],
    };
    await expect(render(corrupt)).rejects.toMatchObject({
      name: 'LayoutError',
      message: expect.stringMatching(/见证人 is not a usable PNG: its image data does not inflate/),
    });
  });
});
