import { breakLines, type BrokenLine } from './line-breaking.ts';
import type { DocumentFonts, FaceRole } from './document-fonts.ts';
import { BLACK, CONTENT, PAGE } from './page-geometry.ts';

export type Face = FaceRole;

export interface TextStyle {
  readonly face: Face;
  readonly size: number;
  /** Height of one line; the em box is centred in it. */
  readonly pitch: number;
  readonly color?: string;
}

/** Advance widths at 1 pt per face, shared by every document set in the same bytes. */
const advanceCache = new WeakMap<Buffer, Map<string, number>>();

/**
 * pdfkit draws; this places. Lines are broken here (Chinese rules, line-breaking.ts) and
 * drawn one by one with lineBreak off, so pdfkit never adds a page by itself and the flow
 * below decides every page break: `y` is the top of the next line on the current page.
 */
export class Typesetter {
  readonly doc: PDFKit.PDFDocument;
  y = CONTENT.top;
  pageCount = 0;
  private readonly fonts: DocumentFonts;
  private readonly decoratePage: () => void;

  constructor(doc: PDFKit.PDFDocument, fonts: DocumentFonts, decoratePage: () => void) {
    this.doc = doc;
    this.fonts = fonts;
    this.decoratePage = decoratePage;
    for (const face of ['serif', 'serifBold', 'sansBold'] as const) {
      doc.registerFont(face, fonts[face].bytes, fonts[face].postscriptName);
    }
  }

  newPage() {
    this.doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    this.pageCount += 1;
    this.y = CONTENT.top;
    this.decoratePage();
  }

  get atTopOfPage() {
    return this.y <= CONTENT.top + 0.01;
  }

  get room() {
    return CONTENT.bottom - this.y;
  }

  /** A new page unless `height` fits below; on a fresh page it goes in whatever its size. */
  ensure(height: number) {
    if (height > this.room + 0.01 && !this.atTopOfPage) this.newPage();
  }

  widthOf(face: Face, size: number): (character: string) => number {
    const bytes = this.fonts[face].bytes;
    let advances = advanceCache.get(bytes);
    if (advances === undefined) {
      advances = new Map();
      advanceCache.set(bytes, advances);
    }
    const cache = advances;
    return (character) => {
      let advance = cache.get(character);
      if (advance === undefined) {
        this.doc.font(face).fontSize(1000);
        advance = this.doc.widthOfString(character) / 1000;
        cache.set(character, advance);
      }
      return advance * size;
    };
  }

  measure(text: string, face: Face, size: number): number {
    const widthOf = this.widthOf(face, size);
    let width = 0;
    for (const character of text) width += widthOf(character);
    return width;
  }

  lines(text: string, face: Face, size: number, first: number, rest = first): BrokenLine[] {
    return breakLines(text, this.widthOf(face, size), first, rest);
  }

  /** One line of text in the line box whose top is `top`; its em box centred in the pitch. */
  drawText(text: string, x: number, top: number, style: TextStyle, characterSpacing = 0) {
    if (text === '') return;
    // Noto CJK's ideographic em box runs from −0.12 to 0.88 em about the baseline.
    const baseline = top + style.pitch / 2 + 0.38 * style.size;
    this.doc
      .font(style.face)
      .fontSize(style.size)
      .fillColor(style.color ?? BLACK)
      .text(text, x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        ...(characterSpacing === 0 ? {} : { characterSpacing }),
      });
  }

  /**
   * A broken line in a column `width` wide at `x`: justified (两端对齐) like a printed
   * 公文 unless it ends its paragraph or would need gaps wide enough to look like spaces.
   */
  drawLine(
    line: BrokenLine,
    x: number,
    top: number,
    width: number,
    style: TextStyle,
    align: 'left' | 'center' | 'right' | 'justify' = 'justify',
  ) {
    const characters = [...line.text].length;
    let spacing = 0;
    let left = x;
    if (align === 'center') left = x + (width - line.width) / 2;
    else if (align === 'right') left = x + width - line.width;
    else if (align === 'justify' && line.justify && characters > 1) {
      spacing = (width - line.width) / (characters - 1);
      if (spacing < 0 || spacing > 0.15 * style.size) spacing = 0;
    }
    this.drawText(line.text, left, top, style, spacing);
  }

  /** Lines of a paragraph from `y` down, breaking pages between lines. */
  flowLines(
    lines: readonly BrokenLine[],
    style: TextStyle,
    place: (index: number) => { x: number; width: number },
    align: 'left' | 'center' | 'right' | 'justify' = 'justify',
    /** Height that must follow the paragraph's last two lines on their page (落款). */
    keepWithLast = 0,
  ) {
    lines.forEach((line, index) => {
      const tail = lines.length - index;
      if (keepWithLast > 0 && tail === Math.min(2, lines.length)) {
        this.ensure(tail * style.pitch + keepWithLast);
      } else {
        this.ensure(style.pitch);
      }
      const { x, width } = place(index);
      this.drawLine(line, x, this.y, width, style, align);
      this.y += style.pitch;
    });
  }
}
