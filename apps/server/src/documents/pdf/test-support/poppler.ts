import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQRModule from 'jsqr';

const run = promisify(execFile);
// jsqr is CommonJS typed as an ES module: its `module.exports` (the default import) is the
// function, which also carries itself as `.default`, the one TypeScript knows.
const jsQR = jsQRModule.default;
const MAX_BUFFER = 64 * 1024 * 1024;

/**
 * Reading a PDF back as a person's tools would, with poppler-utils (a prerequisite of the
 * project): the text, the fonts, the images, the pages as pixels.
 */
export async function withPdf<T>(bytes: Uint8Array, use: (file: string) => Promise<T>) {
  const directory = await mkdtemp(path.join(tmpdir(), 'liuhen-pdf-test-'));
  try {
    const file = path.join(directory, 'document.pdf');
    await writeFile(file, bytes);
    return await use(file);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The text of each page, in reading order (pdftotext separates pages by form feeds). */
export async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    maxBuffer: MAX_BUFFER,
  });
  return stdout.split('\f').slice(0, -1);
}

/** Without line breaks and spaces: what a sentence broken over lines reads as. */
export const joined = (text: string) => text.replace(/\s+/g, '');

export async function pageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

export async function info(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-isodates', file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
}

export async function fonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name type… encoding emb sub uni object ID: the yes/no columns are 4th to 6th from the end
      const columns = line.trim().split(/\s+/);
      return {
        name: columns[0]!,
        type: columns.slice(1, -6).join(' '),
        embedded: columns.at(-5) === 'yes',
        subset: columns.at(-4) === 'yes',
      };
    });
}

/** `pdfimages -list`: one row per image drawn, with its page and size in pixels. */
export async function images(
  file: string,
): Promise<{ page: number; width: number; height: number; type: string }[]> {
  const { stdout } = await run('pdfimages', ['-list', file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return {
        page: Number(columns[0]),
        type: columns[2]!,
        width: Number(columns[3]),
        height: Number(columns[4]),
      };
    });
}

/** A region of a page rasterised in grey (PGM from pdftoppm), decoded with jsQR. */
export async function decodeQr(
  file: string,
  page: number,
  region: { x: number; y: number; width: number; height: number },
  dpi = 200,
): Promise<string | null> {
  const px = (points: number) => Math.round((points * dpi) / 72);
  const directory = path.dirname(file);
  const prefix = path.join(directory, `qr-${page}`);
  await run('pdftoppm', [
    ...['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page)],
    ...['-x', String(px(region.x)), '-y', String(px(region.y))],
    ...['-W', String(px(region.width)), '-H', String(px(region.height))],
    file,
    prefix,
  ]);
  const [output] = (await readdir(directory)).filter((name) => name.startsWith(`qr-${page}`));
  const pgm = await readFile(path.join(directory, output!));
  // P5 <width> <height> <max>\n then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    rgba.fill(grey[index]!, index * 4, index * 4 + 3);
    rgba[index * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}
