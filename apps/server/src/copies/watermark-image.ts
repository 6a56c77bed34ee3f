import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { copyProblems } from './copy-problems.ts';
import { MARK_SEPARATOR, markLabel, markText, type CopyMark } from './copy-mark.ts';
import { findCjkFontFile } from './find-cjk-font.ts';
import { ffmpegPath, ffprobePath, runTool } from './run-tool.ts';
import { wrapAtSeparator } from './wrap-text.ts';

export type ImageFormat = 'jpeg' | 'png' | 'tiff' | 'webp';

const TIMEOUT_MS = 60_000;

/** Encoder settings that keep the copy in the original's format, JPEG at high quality. */
const OUTPUT_ARGS: Readonly<Record<ImageFormat, readonly string[]>> = {
  jpeg: ['-c:v', 'mjpeg', '-q:v', '2'],
  png: ['-c:v', 'png'],
  tiff: ['-c:v', 'tiff', '-compression_algo', 'lzw'],
  webp: ['-c:v', 'libwebp', '-quality', '92'],
};

const probeOutput = z.object({
  streams: z.array(z.object({ width: z.number().int(), height: z.number().int() })).min(1),
});

async function imageSize(file: string): Promise<{ width: number; height: number }> {
  const stdout = await runTool(
    ffprobePath(),
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=width,height',
      '-of',
      'json',
      file,
    ],
    { timeoutMs: TIMEOUT_MS, onFailure: copyProblems.damagedImage },
  );
  let parsed;
  try {
    parsed = probeOutput.safeParse(JSON.parse(stdout));
  } catch {
    throw copyProblems.damagedImage();
  }
  const stream = parsed.success ? parsed.data.streams[0] : undefined;
  if (stream === undefined || stream.width < 1 || stream.height < 1) {
    throw copyProblems.damagedImage();
  }
  return stream;
}

/**
 * Rough advance of text in a sans font, in ems: Chinese characters are square, Latin
 * letters a little over half. Generous, so that a wrapped line never runs off the image.
 */
function ems(text: string): number {
  let total = 0;
  for (const char of text) total += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return total;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

interface Layout {
  readonly bandLines: readonly string[];
  readonly bandFontSize: number;
  readonly lineHeight: number;
  readonly padding: number;
  readonly bandHeight: number;
  readonly centreFontSize: number;
  readonly centreBorder: number;
}

function layout(width: number, height: number, band: string, centre: string): Layout {
  // About 1.6 % of the width: 31 px on a 1920 px frame, readable when printed or zoomed.
  const bandFontSize = Math.round(clamp(width * 0.016, 10, 160));
  const bandLines = wrapAtSeparator(
    band,
    MARK_SEPARATOR,
    width * 0.94,
    (line) => ems(line) * bandFontSize,
  );
  const lineHeight = Math.round(bandFontSize * 1.4);
  const padding = Math.round(bandFontSize * 0.45);
  const bandHeight = Math.min(height, bandLines.length * lineHeight + 2 * padding);
  const centreFontSize = Math.max(
    12,
    Math.round(Math.min((width * 0.75) / ems(centre), height * 0.18)),
  );
  return {
    bandLines,
    bandFontSize,
    lineHeight,
    padding,
    bandHeight,
    centreFontSize,
    centreBorder: Math.max(1, Math.round(centreFontSize / 30)),
  };
}

/**
 * The filter graph. Every value in it is a number or a fixed relative file name (the texts
 * and the font are files in ffmpeg's working directory), so nothing needs filter escaping.
 * One drawtext per band line, each centred, with baselines a fixed line height apart
 * (`ascent` is the drawn glyphs' height above the baseline).
 */
function filterGraph(plan: Layout, fontOption: string): string {
  const band = plan.bandHeight;
  const lines = plan.bandLines.map((_, index) => {
    const baseline = plan.padding + index * plan.lineHeight + Math.round(plan.bandFontSize * 1.05);
    return (
      `drawtext=${fontOption}textfile=band-${index}.txt:expansion=none` +
      `:fontsize=${plan.bandFontSize}:fontcolor=white` +
      `:x=(w-text_w)/2:y=h-${band}+${baseline}-ascent`
    );
  });
  return [
    `drawbox=x=0:y=ih-${band}:w=iw:h=${band}:color=black@0.55:t=fill`,
    ...lines,
    `drawtext=${fontOption}textfile=centre.txt:expansion=none:fontsize=${plan.centreFontSize}` +
      `:fontcolor=white@0.35:borderw=${plan.centreBorder}:bordercolor=black@0.25` +
      `:x=(w-text_w)/2:y=(h-text_h)/2`,
  ].join(',');
}

/**
 * A copy of the image with a translucent band along the bottom carrying the mark and a
 * large translucent `留痕副本 <username>` in the middle; same size and format as the
 * original. Chinese needs a CJK font (found with fontconfig); without one the Latin mark
 * is drawn instead. `fontFile` overrides the lookup (null = draw the Latin mark).
 */
export async function watermarkImage(options: {
  readonly inputPath: string;
  readonly outputPath: string;
  readonly format: ImageFormat;
  readonly mark: CopyMark;
  readonly fontFile?: string | null;
}): Promise<void> {
  const { width, height } = await imageSize(options.inputPath);
  const fontFile = options.fontFile === undefined ? await findCjkFontFile() : options.fontFile;
  const text = markText(options.mark);
  const username = options.mark.requesterUsername;
  const band = fontFile === null ? text.ascii : text.chinese;
  const centre =
    fontFile === null ? `LIUHEN COPY ${username}` : `${markLabel(options.mark)} ${username}`;
  const plan = layout(width, height, band, centre);

  // Private working directory next to the output, so that relative names are enough.
  const work = `${options.outputPath}.work`;
  await mkdir(work);
  try {
    let fontOption = '';
    if (fontFile !== null) {
      const linked = `font${path.extname(fontFile).replace(/[^.a-zA-Z0-9]/g, '')}`;
      await symlink(fontFile, path.join(work, linked));
      fontOption = `fontfile=${linked}:`;
    }
    for (const [index, line] of plan.bandLines.entries()) {
      await writeFile(path.join(work, `band-${index}.txt`), line);
    }
    await writeFile(path.join(work, 'centre.txt'), centre);
    await runTool(
      ffmpegPath(),
      [
        '-v',
        'error',
        '-i',
        path.resolve(options.inputPath),
        '-map',
        '0:v:0',
        '-filter:v',
        filterGraph(plan, fontOption),
        '-frames:v',
        '1',
        '-update',
        '1',
        ...OUTPUT_ARGS[options.format],
        '-f',
        'image2',
        '-y',
        path.resolve(options.outputPath),
      ],
      { cwd: work, timeoutMs: TIMEOUT_MS, onFailure: copyProblems.damagedImage },
    );
  } catch (error) {
    // A half-written copy is no copy.
    await rm(options.outputPath, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
