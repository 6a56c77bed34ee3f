import {
  beginText,
  endText,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFPage,
  PDFRef,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  setGraphicsState,
  setTextMatrix,
  showText,
  type Color,
} from 'pdf-lib';
import { wrapText } from './wrap-text.ts';

export { wrapText } from './wrap-text.ts';

/**
 * Chinese text in pdf-lib without shipping a font file: the standard Adobe-GB1 font
 * STSong-Light, referenced but not embedded, as reportlab's UnicodeCIDFont and iText's
 * itext-asian do. Every PDF reader able to show Chinese has a substitute for it (Acrobat's
 * Asian font pack, pdf.js, poppler, WPS), and the file grows by a few hundred bytes
 * instead of megabytes. Text is written in UTF-16BE under the predefined CMap
 * UniGB-UTF16-H, which readers also use to extract and search it.
 */

const BASE_FONT = 'STSong-Light';
const ENCODING = 'UniGB-UTF16-H';
/** Under UniGB-UTF16-H, U+0020–U+007E are CIDs 1–95; everything else is full width. */
const HALF_WIDTH = 500;
const FULL_WIDTH = 1000;

export interface ChineseTextOptions {
  /** Start of the baseline, in the page's user space (after any `cm` the caller pushed). */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Default black. */
  readonly color?: Color;
  /** 0–1; default fully opaque. */
  readonly opacity?: number;
  /** Counter-clockwise about (x, y). */
  readonly rotateDegrees?: number;
}

export interface ChineseFont {
  /** The Type0 font dictionary, for callers that build resources themselves. */
  readonly ref: PDFRef;
  /** Advance width in points of `text` (one line) at `size`: exactly what readers lay out. */
  widthOf(text: string, size: number): number;
  /** `text` broken into lines no wider than `maxWidth` points at `size`. */
  wrap(text: string, size: number, maxWidth: number): string[];
  /** The operators that draw one line; for composing with other operators. */
  operators(page: PDFPage, text: string, options: ChineseTextOptions): PDFOperator[];
  /** Draws one line (line breaks and control characters become spaces) on the page. */
  draw(page: PDFPage, text: string, options: ChineseTextOptions): void;
  /** The page's resource name for a fill/stroke opacity, for callers' own shapes. */
  opacityName(page: PDFPage, opacity: number): PDFName;
}

function glyphWidth(codePoint: number): number {
  return codePoint >= 0x20 && codePoint <= 0x7e ? HALF_WIDTH : FULL_WIDTH;
}

/** Control characters have no glyph under this CMap; a line is drawn as one line. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}

/** UTF-16BE code units as hex: exactly the codes UniGB-UTF16-H expects. */
function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index += 1) {
    hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  }
  return hex.toUpperCase();
}

/**
 * The resource name under which `ref` is listed in `dict`, adding it when missing. Pages
 * often share one inherited resource dictionary: the font is then listed once, not once
 * per page.
 */
function resourceName(dict: PDFDict, ref: PDFRef, add: () => PDFName): PDFName {
  for (const [name, value] of dict.entries()) {
    if (value === ref) return name;
  }
  return add();
}

function registerFontDictionaries(doc: PDFDocument): PDFRef {
  const context = doc.context;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: BASE_FONT,
      // Symbolic (4) + serif (2): a CJK serif face; readers pick a Song/Ming substitute.
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 752,
      Descent: -271,
      CapHeight: 737,
      XHeight: 599,
      StemV: 58,
      Style: context.obj({ Panose: PDFHexString.of('000000000400000000000000') }),
    }),
  );
  const descendant = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: BASE_FONT,
      CIDSystemInfo: context.obj({
        Registry: PDFString.of('Adobe'),
        Ordering: PDFString.of('GB1'),
        Supplement: 2,
      }),
      FontDescriptor: descriptor,
      // Always given: some readers took a missing DW as 0 (dvipdfmx notes this of macOS).
      DW: FULL_WIDTH,
      W: [1, 95, HALF_WIDTH],
    }),
  );
  return context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: BASE_FONT,
      Encoding: ENCODING,
      DescendantFonts: [descendant],
    }),
  );
}

/** Adds STSong-Light to the document (once per call; call once per document). */
export function registerChineseFont(doc: PDFDocument): ChineseFont {
  const ref = registerFontDictionaries(doc);
  const opacityStates = new Map<number, PDFRef>();

  const widthOf = (text: string, size: number): number => {
    let units = 0;
    for (const char of printable(text)) units += glyphWidth(char.codePointAt(0)!);
    return (units * size) / 1000;
  };

  const fontName = (page: PDFPage): PDFName =>
    resourceName(page.node.normalizedEntries().Font, ref, () =>
      page.node.newFontDictionary('LiuhenSong', ref),
    );

  const opacityName = (page: PDFPage, opacity: number): PDFName => {
    const clamped = Math.min(1, Math.max(0, opacity));
    let state = opacityStates.get(clamped);
    if (state === undefined) {
      state = doc.context.register(
        doc.context.obj({ Type: 'ExtGState', ca: clamped, CA: clamped }),
      );
      opacityStates.set(clamped, state);
    }
    const stateRef = state;
    return resourceName(page.node.normalizedEntries().ExtGState, stateRef, () =>
      page.node.newExtGState('LiuhenGS', stateRef),
    );
  };

  const operators = (page: PDFPage, text: string, options: ChineseTextOptions): PDFOperator[] => {
    const radians = ((options.rotateDegrees ?? 0) * Math.PI) / 180;
    const cos = Math.cos(radians);
    const sin = Math.sin(radians);
    return [
      pushGraphicsState(),
      ...(options.opacity === undefined || options.opacity >= 1
        ? []
        : [setGraphicsState(opacityName(page, options.opacity))]),
      setFillingColor(options.color ?? rgb(0, 0, 0)),
      beginText(),
      setFontAndSize(fontName(page), options.size),
      setTextMatrix(cos, sin, -sin, cos, options.x, options.y),
      showText(PDFHexString.of(utf16Hex(printable(text)))),
      endText(),
      popGraphicsState(),
    ];
  };

  return {
    ref,
    widthOf,
    wrap: (text, size, maxWidth) => wrapText(text, maxWidth, (line) => widthOf(line, size)),
    operators,
    draw: (page, text, options) => page.pushOperators(...operators(page, text, options)),
    opacityName,
  };
}
