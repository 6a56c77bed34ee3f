import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ffmpeg = () => process.env.FFMPEG_PATH ?? 'ffmpeg';
const ffprobe = () => process.env.FFPROBE_PATH ?? 'ffprobe';

function works(program: string): boolean {
  try {
    execFileSync(program, ['-version'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** Whether ffmpeg and ffprobe run here; warns once with the reason when they do not. */
export function mediaToolsAvailable(suite: string): boolean {
  const available = works(ffmpeg()) && works(ffprobe());
  if (!available) {
    console.warn(
      `[${suite}] skipped: ffmpeg/ffprobe not found (install ffmpeg or set FFMPEG_PATH)`,
    );
  }
  return available;
}

/** A still of ffmpeg's test pattern, in the format the extension names. */
export async function makeTestImage(
  directory: string,
  name: string,
  size: { width: number; height: number },
): Promise<string> {
  const target = path.join(directory, name);
  await run(ffmpeg(), [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${size.width}x${size.height}:rate=1`,
    '-frames:v',
    '1',
    '-update',
    '1',
    '-y',
    target,
  ]);
  return target;
}

/** A short tone, in the container the extension names. */
export async function makeTestAudio(directory: string, name: string): Promise<string> {
  const target = path.join(directory, name);
  await run(ffmpeg(), [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=1',
    '-y',
    target,
  ]);
  return target;
}

export interface Probe {
  readonly formatName: string;
  /** Format and stream tags merged, keys lower-cased (MKV stores them in capitals). */
  readonly tags: Readonly<Record<string, string>>;
  readonly streams: readonly {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
  }[];
}

export async function probe(file: string): Promise<Probe> {
  const { stdout } = await run(ffprobe(), [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    file,
  ]);
  const parsed = JSON.parse(stdout) as {
    format: { format_name: string; tags?: Record<string, string> };
    streams: (Probe['streams'][number] & { tags?: Record<string, string> })[];
  };
  const tags: Record<string, string> = {};
  for (const source of [parsed.format.tags ?? {}, ...parsed.streams.map((s) => s.tags ?? {})]) {
    for (const [key, value] of Object.entries(source)) tags[key.toLowerCase()] = value;
  }
  return { formatName: parsed.format.format_name, tags, streams: parsed.streams };
}

/** Decoded pixels, 3 bytes a pixel, row by row. */
export async function rawRgb(file: string): Promise<Buffer> {
  const { stdout } = await run(
    ffmpeg(),
    ['-v', 'error', '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
  );
  return stdout;
}

/** MD5 of every stream's packets, without decoding: equal exactly when the data is. */
export async function streamHashes(file: string): Promise<string> {
  const { stdout } = await run(ffmpeg(), [
    '-v',
    'error',
    '-i',
    file,
    '-map',
    '0',
    '-c',
    'copy',
    '-f',
    'streamhash',
    '-hash',
    'md5',
    '-',
  ]);
  return stdout;
}
