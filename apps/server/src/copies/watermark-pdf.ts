import {
  concatTransformationMatrix,
  fill,
  PDFDocument,
  PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  setGraphicsState,
} from 'pdf-lib';
import { copyProblems } from './copy-problems.ts';
import { MARK_SEPARATOR, markLabel, markText, type CopyMark } from './copy-mark.ts';
import { registerChineseFont, type ChineseFont } from './cjk-pdf-font.ts';
import { wrapAtSeparator } from './wrap-text.ts';

const BAND_TEXT = rgb(0.1, 0.1, 0.1);
const BAND_BACKGROUND = rgb(1, 1, 1);
/** Light enough that a footer under the band stays faintly visible, dark text stays crisp. */
const BAND_BACKGROUND_OPACITY = 0.82;
const DIAGONAL_COLOR = rgb(0.7, 0.1, 0.1);
const DIAGONAL_OPACITY = 0.15;

interface Box {
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly top: number;
}

/** The part of the page a reader shows: the CropBox, clipped to the MediaBox. */
function visibleBox(page: PDFPage): Box {
  const media = page.getMediaBox();
  const crop = page.getCropBox();
  const normalize = (rect: { x: number; y: number; width: number; height: number }): Box => ({
    left: Math.min(rect.x, rect.x + rect.width),
    right: Math.max(rect.x, rect.x + rect.width),
    bottom: Math.min(rect.y, rect.y + rect.height),
    top: Math.max(rect.y, rect.y + rect.height),
  });
  const m = normalize(media);
  const c = normalize(crop);
  const box = {
    left: Math.max(m.left, c.left),
    right: Math.min(m.right, c.right),
    bottom: Math.max(m.bottom, c.bottom),
    top: Math.min(m.top, c.top),
  };
  // A CropBox outside the MediaBox is an error readers ignore; so do we.
  return box.right > box.left && box.top > box.bottom ? box : m;
}

/**
 * The matrix from "as displayed" coordinates (origin bottom-left of the page the reader
 * shows, x right, y up) to the page's user space, given /Rotate (clockwise on display).
 */
function displayMatrix(box: Box, rotation: number) {
  switch (rotation) {
    case 90:
      return { matrix: [0, 1, -1, 0, box.right, box.bottom], width: box.top - box.bottom };
    case 180:
      return { matrix: [-1, 0, 0, -1, box.right, box.top], width: box.right - box.left };
    case 270:
      return { matrix: [0, -1, 1, 0, box.left, box.top], width: box.top - box.bottom };
    default:
      return { matrix: [1, 0, 0, 1, box.left, box.bottom], width: box.right - box.left };
  }
}

function pageRotation(page: PDFPage): number {
  const angle = page.getRotation().angle;
  return (((Math.round(angle / 90) * 90) % 360) + 360) % 360;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function stampPage(
  page: PDFPage,
  font: ChineseFont,
  text: { chinese: string; ascii: string; diagonal: string },
): void {
  const box = visibleBox(page);
  const rotation = pageRotation(page);
  const { matrix, width } = displayMatrix(box, rotation);
  const height = rotation === 90 || rotation === 270 ? box.right - box.left : box.top - box.bottom;
  const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];

  // 8 pt on A4, larger on large sheets, never below 5 pt (still readable when printed).
  const size = clamp(width * 0.0135, 5, 16);
  const asciiSize = size * 0.85;
  const padding = size * 0.6;
  const lineWidth = width - 2 * padding;
  const wrap = (mark: string, lineSize: number) =>
    wrapAtSeparator(mark, MARK_SEPARATOR, lineWidth, (line) => font.widthOf(line, lineSize)).map(
      (line) => ({ line, size: lineSize }),
    );
  const lines = [...wrap(text.chinese, size), ...wrap(text.ascii, asciiSize)];
  const leading = 1.3;
  const bandHeight = lines.reduce((sum, line) => sum + line.size * leading, 0) + padding;

  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(a, b, c, d, e, f),
    pushGraphicsState(),
    setGraphicsState(font.opacityName(page, BAND_BACKGROUND_OPACITY)),
    setFillingColor(BAND_BACKGROUND),
    rectangle(0, 0, width, bandHeight),
    fill(),
    popGraphicsState(),
  );
  let baseline = bandHeight - padding / 2;
  for (const { line, size: lineSize } of lines) {
    baseline -= lineSize * leading;
    // Descenders need room under the baseline; leading 1.3 leaves 0.3 em, enough for CJK.
    font.draw(page, line, {
      x: (width - font.widthOf(line, lineSize)) / 2,
      y: baseline + lineSize * 0.3,
      size: lineSize,
      color: BAND_TEXT,
    });
  }

  const angle = Math.atan2(height, width);
  const diagonalLength = Math.hypot(width, height);
  const unitWidth = font.widthOf(text.diagonal, 1);
  const diagonalSize = Math.min((diagonalLength * 0.65) / unitWidth, Math.min(width, height) * 0.2);
  const textWidth = unitWidth * diagonalSize;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Centre the run on the page: back half its length along the baseline, and down by
  // about half the height of a Chinese character across it.
  const rise = diagonalSize * 0.35;
  font.draw(page, text.diagonal, {
    x: width / 2 - (textWidth / 2) * cos + rise * sin,
    y: height / 2 - (textWidth / 2) * sin - rise * cos,
    size: diagonalSize,
    color: DIAGONAL_COLOR,
    opacity: DIAGONAL_OPACITY,
    rotateDegrees: (angle * 180) / Math.PI,
  });
  page.pushOperators(popGraphicsState());
}

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  try {
    // Metadata is written below, from the mark, not by pdf-lib's defaults.
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.isEncrypted || doc.getPageCount() === 0) throw new Error('encrypted or no pages');
    return doc;
  } catch {
    throw copyProblems.damagedPdf();
  }
}

/**
 * A copy of the PDF with every page stamped: the Chinese and Latin mark in a light band
 * along the bottom edge as the page is displayed, and `留痕副本 <username>` (a party's copy:
 * `复制件 <username>`) faintly across
 * the middle. The original bytes are not modified; the copy is written as a full new file,
 * so the unmarked revision cannot be recovered by cutting off an incremental update.
 */
export async function watermarkPdf(bytes: Uint8Array, mark: CopyMark): Promise<Uint8Array> {
  const doc = await load(bytes);
  const { chinese, ascii } = markText(mark);
  const text = { chinese, ascii, diagonal: `${markLabel(mark)} ${mark.requesterUsername}` };
  try {
    const font = registerChineseFont(doc);
    for (const page of doc.getPages()) stampPage(page, font, text);
    doc.setSubject(ascii);
    doc.setKeywords([ascii, `liuhen-copy:${mark.copyId}`]);
    doc.setProducer(`Liuhen marked copy · ${ascii}`);
    doc.setModificationDate(mark.issuedAt);
    return await doc.save();
  } catch {
    // A page tree or box pdf-lib cannot follow: the file, not the request, is at fault.
    throw copyProblems.damagedPdf();
  }
}
