import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TIMEOUT_MS = 10_000;

/** `fc-list … file` prints `path: ` per face; a path may itself contain colons. */
function listedFiles(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.replace(/:\s*$/, '').trim())
    .filter((line) => line !== '');
}

/** Regular sans faces read best small and on photos; bold and serif come after. */
function preference(file: string): number {
  const name = file.toLowerCase();
  return (
    (name.includes('sans') ? 0 : 2) +
    (name.includes('bold') || name.includes('black') || name.includes('heavy') ? 1 : 0) +
    (name.includes('mono') ? 1 : 0)
  );
}

async function locate(): Promise<string | null> {
  let files: string[];
  try {
    files = listedFiles(
      (await run('fc-list', [':lang=zh', 'file'], { timeout: TIMEOUT_MS })).stdout,
    );
  } catch {
    return null;
  }
  if (files.length === 0) return null;
  try {
    // fc-match always answers, with a Latin font when nothing better exists, so its
    // answer counts only if fc-list says the file covers Chinese.
    const { stdout } = await run('fc-match', ['sans-serif:lang=zh-cn', 'file'], {
      timeout: TIMEOUT_MS,
    });
    const matched = /:file=(.+)$/m.exec(stdout.trim())?.[1];
    if (matched !== undefined && files.includes(matched)) return matched;
  } catch {
    // fall back to the listed files
  }
  return [...new Set(files)].sort(
    (a, b) => preference(a) - preference(b) || a.localeCompare(b),
  )[0]!;
}

let cached: Promise<string | null> | undefined;

/**
 * A font file with Chinese glyphs for drawtext, found once per process with fontconfig;
 * null when the machine has none (marks are then drawn in Latin letters).
 */
export function findCjkFontFile(): Promise<string | null> {
  cached ??= locate();
  return cached;
}
