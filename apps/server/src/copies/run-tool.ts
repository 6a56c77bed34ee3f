import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Problem } from '../http/problem.ts';
import { copyProblems } from './copy-problems.ts';

const run = promisify(execFile);

export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH ?? 'ffmpeg';
}

export function ffprobePath(): string {
  return process.env.FFPROBE_PATH ?? 'ffprobe';
}

/**
 * Runs ffmpeg or ffprobe. A missing program is the server's fault (503, for the
 * administrator); any other failure is taken to be the file's, and becomes `onFailure`.
 */
export async function runTool(
  program: string,
  args: readonly string[],
  options: { readonly cwd?: string; readonly timeoutMs: number; readonly onFailure: () => Problem },
): Promise<string> {
  try {
    const { stdout } = await run(program, [...args], {
      cwd: options.cwd,
      timeout: options.timeoutMs,
      maxBuffer: 8 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw copyProblems.toolMissing(/ffprobe/i.test(program) ? 'ffprobe' : 'ffmpeg');
    }
    throw options.onFailure();
  }
}
