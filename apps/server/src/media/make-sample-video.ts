import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A real H.264/AAC MP4 made with ffmpeg (test pattern and a tone), with the creation time a
 * body camera writes: the demo's recordings and the tests' (test prerequisites install
 * ffmpeg, scripts/ensure-test-prereqs.sh). Throws when ffmpeg is missing.
 */
export async function makeSampleVideo(options: {
  readonly directory: string;
  readonly name?: string;
  readonly seconds?: number;
  readonly capturedAt?: Date;
}): Promise<{ path: string; bytes: Buffer }> {
  const target = path.join(options.directory, options.name ?? 'sample.mp4');
  const seconds = String(options.seconds ?? 2);
  await run(process.env.FFMPEG_PATH ?? 'ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    `testsrc=duration=${seconds}:size=320x240:rate=15`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}`,
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-preset',
    'ultrafast',
    '-c:a',
    'aac',
    '-shortest',
    '-movflags',
    '+faststart',
    '-metadata',
    `creation_time=${(options.capturedAt ?? new Date()).toISOString()}`,
    '-y',
    target,
  ]);
  return { path: target, bytes: await readFile(target) };
}
