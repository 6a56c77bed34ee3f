import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../http/problem.ts';

import { findCjkFontFile } from './find-cjk-font.ts';
import {
  makeTestImage,
  mediaToolsAvailable,
  probe,
  rawRgb,
} from './test-support/media-fixtures.ts';
import { watermarkImage, type ImageFormat } from './watermark-image.ts';
import { SAMPLE_MARK } from './test-support/sample-mark.ts';

const available = mediaToolsAvailable('watermark-image');

const mark = SAMPLE_MARK;

/** Mean absolute difference of the two images per row of pixels. */
function rowDifferences(a: Buffer, b: Buffer, width: number, height: number): number[] {
  const stride = width * 3;
  return Array.from({ length: height }, (_, row) => {
    let sum = 0;
    for (let index = row * stride; index < (row + 1) * stride; index += 1) {
      sum += Math.abs(a[index]! - b[index]!);
    }
    return sum / stride;
  });
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

describe.skipIf(!available)('watermarkImage', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'liuhen-watermark-image-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const cases: { format: ImageFormat; name: string; codec: string; untouched: number }[] = [
    // Lossless formats leave pixels outside the marks exactly as they were.
    { format: 'png', name: 'photo.png', codec: 'png', untouched: 0 },
    { format: 'tiff', name: 'photo.tif', codec: 'tiff', untouched: 0 },
    // JPEG and WebP are encoded again: small noise everywhere, at high quality.
    { format: 'jpeg', name: 'photo.jpg', codec: 'mjpeg', untouched: 2 },
    { format: 'webp', name: 'photo.webp', codec: 'webp', untouched: 2 },
  ];

  it.each(cases)(
    'marks a $format in the same format and size, changing it in the band and the middle only',
    async ({ format, name, codec, untouched }) => {
      const width = 640;
      const height = 480;
      const input = await makeTestImage(directory, name, { width, height });
      const output = path.join(directory, `copy-${name}`);
      await watermarkImage({ inputPath: input, outputPath: output, format, mark });

      const [before, after] = await Promise.all([probe(input), probe(output)]);
      expect(after.streams[0]).toMatchObject({ codec_name: codec, width, height });
      expect(before.streams[0]).toMatchObject({ width, height });

      const rows = rowDifferences(await rawRgb(input), await rawRgb(output), width, height);
      const top = mean(rows.slice(0, Math.round(height * 0.25)));
      const betweenMiddleAndBand = mean(
        rows.slice(Math.round(height * 0.7), Math.round(height * 0.85)),
      );
      const bottom = mean(rows.slice(height - 16));
      const middle = Math.max(...rows.slice(Math.round(height * 0.4), Math.round(height * 0.6)));
      expect(top).toBeLessThanOrEqual(untouched);
      expect(betweenMiddleAndBand).toBeLessThanOrEqual(untouched);
      expect(bottom).toBeGreaterThan(25);
      expect(middle).toBeGreaterThan(untouched + 5);
      // No working files are left next to the copy.
      expect((await readdir(directory)).filter((entry) => entry.endsWith('.work'))).toEqual([]);
    },
  );

  it('draws the Latin mark when no Chinese font is available', async () => {
    const input = await makeTestImage(directory, 'latin.png', { width: 800, height: 600 });
    const output = path.join(directory, 'copy-latin.png');
    await watermarkImage({
      inputPath: input,
      outputPath: output,
      format: 'png',
      mark,
      fontFile: null,
    });
    const rows = rowDifferences(await rawRgb(input), await rawRgb(output), 800, 600);
    expect(mean(rows.slice(600 - 12))).toBeGreaterThan(25);
    expect(mean(rows.slice(0, 150))).toBe(0);
  });

  it('finds a font with Chinese glyphs through fontconfig', async () => {
    const font = await findCjkFontFile();
    if (font === null) {
      console.warn('[watermark-image] no CJK font installed: marks on images fall back to Latin');
      return;
    }
    expect(path.isAbsolute(font)).toBe(true);
    expect(font).toMatch(/\.(ttc|ttf|otf|otc)$/i);
  });

  it('refuses a file that is not an image, as a problem', async () => {
    const input = path.join(directory, 'not-an-image.png');
    await writeFile(input, 'plain text');
    const failure = await watermarkImage({
      inputPath: input,
      outputPath: path.join(directory, 'copy-not-an-image.png'),
      format: 'png',
      mark,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Problem);
    expect(failure).toMatchObject({ status: 422, slug: 'copy-not-possible' });
  });

  it('names ffmpeg for the administrator when it is missing', async () => {
    const input = await makeTestImage(directory, 'tool.png', { width: 64, height: 48 });
    const saved = { ffmpeg: process.env.FFMPEG_PATH, ffprobe: process.env.FFPROBE_PATH };
    process.env.FFMPEG_PATH = path.join(directory, 'no-such-ffmpeg');
    process.env.FFPROBE_PATH = path.join(directory, 'no-such-ffprobe');
    try {
      const failure = await watermarkImage({
        inputPath: input,
        outputPath: path.join(directory, 'copy-tool.png'),
        format: 'png',
        mark,
      }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Problem);
      expect(failure).toMatchObject({ status: 503, slug: 'copy-not-possible' });
      expect((failure as Problem).detail).toMatch(/ffmpeg|ffprobe/);
    } finally {
      for (const [key, value] of [
        ['FFMPEG_PATH', saved.ffmpeg],
        ['FFPROBE_PATH', saved.ffprobe],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
