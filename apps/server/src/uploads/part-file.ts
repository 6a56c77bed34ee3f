import { mkdir, open, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * The part file of an upload in progress (`<uploadsDir>/<id>.part`): working data, not
 * evidence. Only its first `durable_offset` bytes count; anything after them was written but
 * not yet fsynced when the server stopped, and is cut off before the upload continues.
 */
export function partPathOf(uploadsDir: string, uploadId: string): string {
  return path.join(uploadsDir, `${uploadId}.part`);
}

async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** An empty part file, durable with its directory entry. */
export async function createPartFile(partPath: string): Promise<void> {
  await mkdir(path.dirname(partPath), { recursive: true });
  const handle = await open(partPath, 'wx', 0o600);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsyncPath(path.dirname(partPath));
}

/** The part file's size, or undefined when it is gone. */
export async function partFileSize(partPath: string): Promise<number | undefined> {
  try {
    return (await stat(partPath)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Opens the part file for writing. A part file with a second link is being committed into
 * the evidence store (they share one inode): writing to it would change an original, so
 * that is refused outright.
 */
export async function openPartForWriting(partPath: string): Promise<FileHandle> {
  const handle = await open(partPath, 'r+');
  try {
    const info = await handle.stat();
    if (info.nlink !== 1) {
      throw new Error(`${partPath} is linked into the evidence store; refusing to write to it`);
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Cuts bytes that were never made durable, so the file holds exactly `durableOffset`. */
export async function truncatePartFile(partPath: string, durableOffset: number): Promise<void> {
  const handle = await openPartForWriting(partPath);
  try {
    await handle.truncate(durableOffset);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function removePartFile(partPath: string): Promise<void> {
  await rm(partPath, { force: true });
}
