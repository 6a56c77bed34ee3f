import { execFile } from 'node:child_process';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const POSTER_TIMEOUT_MS = 60_000;

/** Where the poster of the video with this SHA-256 is kept (derived data, not an original). */
export function posterPath(postersDir: string, sha256: string): string {
  return path.join(postersDir, `${sha256}.jpg`);
}

/**
 * A still from the first seconds of a video, 320 px wide, for the case's AV list. Derived
 * and re-creatable from the original, so it lives outside the evidence store. Returns
 * whether a poster exists afterwards; no ffmpeg, or no video stream, is not an error.
 */
export async function makePoster(options: {
  readonly videoPath: string;
  readonly sha256: string;
  readonly postersDir: string;
  readonly durationSeconds?: number;
  readonly ffmpeg?: string;
}): Promise<boolean> {
  const target = posterPath(options.postersDir, options.sha256);
  try {
    await access(target);
    return true;
  } catch {
    // not made yet
  }
  await mkdir(options.postersDir, { recursive: true });
  const partial = `${target}.${process.pid}.tmp.jpg`;
  // One second in, unless the recording is shorter: the first frame is often black.
  const seek = Math.min(1, Math.max(0, (options.durationSeconds ?? 0) / 2));
  try {
    await run(
      options.ffmpeg ?? process.env.FFMPEG_PATH ?? 'ffmpeg',
      [
        '-v',
        'error',
        '-ss',
        String(seek),
        '-i',
        options.videoPath,
        '-frames:v',
        '1',
        '-vf',
        'scale=320:-2',
        '-y',
        partial,
      ],
      { timeout: POSTER_TIMEOUT_MS },
    );
    await rename(partial, target);
    return true;
  } catch {
    await rm(partial, { force: true });
    return false;
  }
}
