import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { mediaTypeOf } from './media-types.ts';

export interface FoundFile {
  readonly absolutePath: string;
  /** Relative to the docked folder, with forward slashes: what the server records. */
  readonly relativePath: string;
  readonly sizeBytes: number;
  readonly modifiedAt: Date;
  readonly mediaType: string;
}

export interface FolderScan {
  readonly files: FoundFile[];
  /** Relative paths of files that are not recordings, sound or photos. */
  readonly skipped: string[];
}

/** Every recording under the folder, recursively, in path order; hidden entries ignored. */
export async function scanFolder(root: string): Promise<FolderScan> {
  const files: FoundFile[] = [];
  const skipped: string[] = [];
  async function walk(directory: string): Promise<void> {
    const entries = await readdir(directory, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolutePath = path.join(directory, entry.name);
      const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
      if (entry.isDirectory()) {
        await walk(absolutePath);
        continue;
      }
      if (!entry.isFile()) continue;
      const mediaType = mediaTypeOf(entry.name);
      if (mediaType === undefined) {
        skipped.push(relativePath);
        continue;
      }
      const info = await stat(absolutePath);
      if (info.size === 0) {
        skipped.push(relativePath);
        continue;
      }
      files.push({
        absolutePath,
        relativePath,
        sizeBytes: info.size,
        modifiedAt: info.mtime,
        mediaType,
      });
    }
  }
  await walk(root);
  return { files, skipped };
}
