import { constants, createReadStream } from 'node:fs';
import { access, chmod, link, mkdir, open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { filesHaveSameBytes } from './same-bytes.ts';
import {
  EvidenceObjectConflictError,
  EvidenceObjectMissingError,
  evidenceKeyOf,
  type ByteRange,
  type CommitResult,
  type CommitSource,
  type EvidenceStore,
} from './evidence-store.ts';

async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/**
 * The filesystem adapter (default `./data/evidence`). An object is placed with `link(2)`,
 * which fails when the name exists, so no code path can overwrite one; the file is made
 * read-only, and the file and its directory are fsynced before `commit` returns. Objects
 * are never renamed over or deleted by the server.
 */
export async function openFilesystemEvidenceStore(root: string): Promise<EvidenceStore> {
  await mkdir(root, { recursive: true });
  const resolve = (key: string) => path.join(root, ...key.split('/'));
  /** Only well-formed content addresses reach the file system: no path tricks. */
  const objectPath = (key: string) => {
    const digest = key.split('/').at(-1) ?? '';
    if (!/^[0-9a-f]{64}$/.test(digest) || evidenceKeyOf(digest) !== key) {
      throw new EvidenceObjectMissingError(key);
    }
    return resolve(key);
  };

  async function commit(source: CommitSource): Promise<CommitResult> {
    const key = evidenceKeyOf(source.sha256);
    const target = resolve(key);
    const directory = path.dirname(target);
    const firstCreated = await mkdir(directory, { recursive: true });
    // A new directory's entry lives in its parent: without this a crash could lose the
    // `sha256/ab/cd` chain, and with it an object `commit` had called durable.
    if (firstCreated !== undefined) {
      for (let dir = directory; dir !== path.dirname(firstCreated); dir = path.dirname(dir)) {
        await fsyncPath(path.dirname(dir));
      }
    }
    // The caller's file may sit on the same disk only by chance: fsync it here too, since
    // a link makes the inode durable only if its data already is.
    await fsyncPath(source.path);
    await chmod(source.path, 0o444);
    try {
      await link(source.path, target);
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
      if (!(await filesHaveSameBytes(target, source.path))) {
        throw new EvidenceObjectConflictError(key);
      }
      await unlink(source.path);
      return { key, created: false };
    }
    await fsyncPath(directory);
    await unlink(source.path);
    return { key, created: true };
  }

  async function read(key: string, range?: ByteRange): Promise<Readable> {
    const target = objectPath(key);
    try {
      await access(target, constants.R_OK);
    } catch {
      throw new EvidenceObjectMissingError(key);
    }
    return createReadStream(target, range === undefined ? {} : range);
  }

  return {
    kind: 'filesystem',
    async status() {
      try {
        await access(root, constants.W_OK | constants.R_OK);
        return { kind: 'filesystem', status: 'ok' };
      } catch (error) {
        return { kind: 'filesystem', status: 'unavailable', detail: (error as Error).message };
      }
    },
    commit,
    read,
    localPath: objectPath,
    async stat(key) {
      try {
        const info = await stat(objectPath(key));
        return { sizeBytes: info.size };
      } catch (error) {
        if (isErrno(error, 'ENOENT') || error instanceof EvidenceObjectMissingError) {
          return undefined;
        }
        throw error;
      }
    },
  };
}
