import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/**
 * Text as a reader sees it, extracted with pdf.js (the engine of Firefox's viewer) in Node.
 * The Adobe CMaps let it decode text set in the standard CJK fonts (STSong-Light under
 * UniGB-UTF16-H), which carry no ToUnicode map of their own.
 */
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A run of text where the reader shows it: top-left origin, y down, page as displayed. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Advance width of the run in the page's units, as pdf.js lays it out. */
  readonly width: number;
  /** Direction of the baseline on screen, degrees counter-clockwise from left-to-right. */
  readonly angleDegrees: number;
}

export interface PdfPageView {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PlacedText[];
}

function open(bytes: Uint8Array) {
  return getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
    useSystemFonts: false,
    verbosity: 0,
  });
}

/** Every page's text runs with where they appear on the displayed (rotated, cropped) page. */
export async function pdfPageViews(bytes: Uint8Array): Promise<PdfPageView[]> {
  const task = open(bytes);
  try {
    const document = await task.promise;
    const views: PdfPageView[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = content.items.filter((item): item is TextItem => 'str' in item);
      const items = runs.map((item) => {
        const [a, b, , , e, f] = Util.transform(viewport.transform, item.transform) as number[];
        // Screen y grows downwards, so a counter-clockwise baseline has a negative b.
        const angle = (Math.atan2(-b!, a!) * 180) / Math.PI;
        return {
          text: item.str,
          x: e!,
          y: f!,
          width: item.width,
          // + 0 turns -0 into 0.
          angleDegrees: Math.round(angle * 10) / 10 + 0,
        };
      });
      views.push({
        text: runs.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''),
        width: viewport.width,
        height: viewport.height,
        items,
      });
    }
    return views;
  } finally {
    await task.destroy();
  }
}

/** The text of each page, runs joined as pdf.js reports them (line ends as `\n`). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return (await pdfPageViews(bytes)).map((view) => view.text);
}
