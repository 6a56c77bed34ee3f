import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The text a reader extracts from a PDF, with poppler's pdftotext (Debian poppler-utils,
 * installed by scripts/ensure-test-prereqs.sh): what a party's PDF viewer would find.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'liuhen-pdftext-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error('pdftotext is missing: apt-get install poppler-utils', { cause: error });
      }
      throw error;
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text with the line breaks and spaces of layout removed, for finding phrases that wrap. */
export function flat(text: string): string {
  return text.replace(/\s+/g, '');
}
