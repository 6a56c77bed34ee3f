import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { DigestSession } from './digest-pool.ts';
import { openPartForWriting } from './part-file.ts';

/** fsync (and move the durable offset) at least this often. */
export const SYNC_EVERY_BYTES = 64 * 1024 * 1024;
/** A sender silent this long is gone: its bytes so far are kept and the upload unlocked. */
export const IDLE_TIMEOUT_MS = 60_000;

export interface ReceiveOptions {
  readonly body: Readable;
  readonly partPath: string;
  /** The durable offset: where this request's bytes go. */
  readonly offset: number;
  /** The most bytes this request may add (the declared length minus the offset). */
  readonly remaining: number;
  /** Must have hashed exactly `offset` bytes so far. */
  readonly digest: DigestSession;
  /** Called after every fsync with the new durable offset. */
  readonly onDurable: (offset: number) => Promise<void>;
  readonly syncEveryBytes?: number;
  readonly idleTimeoutMs?: number;
}

export interface ReceiveResult {
  /** The durable offset afterwards. */
  readonly offset: number;
  /** The sender went away (or fell silent) before the request's end. */
  readonly aborted: boolean;
  /** The sender tried to send more than `remaining`; only `remaining` bytes were kept. */
  readonly overflow: boolean;
}

async function writeAll(handle: FileHandle, bytes: Uint8Array, length: number, at: number) {
  let written = 0;
  while (written < length) {
    const { bytesWritten } = await handle.write(bytes, written, length - written, at + written);
    written += bytesWritten;
  }
}

/**
 * Streams one PATCH body into the part file and the hashers. Bytes are gathered into the
 * hashers' shared batches, each batch written to the file and then handed to both hashers,
 * so what is on disk and what was hashed never differ. Whatever way the request ends —
 * complete, aborted, silent — what arrived is fsynced and the durable offset moved before
 * this returns. A failure of the disk or database is thrown; the caller must then drop the
 * digest session, since it may have hashed bytes that are not durable.
 */
export async function receiveIntoPart(options: ReceiveOptions): Promise<ReceiveResult> {
  const { body, digest, onDurable } = options;
  // A sender may vanish before the first read below: its error then reaches the reading
  // loop as a destroyed stream, and must not become an uncaught 'error' event meanwhile.
  body.on('error', () => {});
  const syncEvery = options.syncEveryBytes ?? SYNC_EVERY_BYTES;
  const limit = options.offset + options.remaining;
  if (digest.hashedBytes !== options.offset) {
    throw new Error(`digest at ${digest.hashedBytes}, part file durable at ${options.offset}`);
  }
  const handle = await openPartForWriting(options.partPath);
  let written = options.offset;
  let durable = options.offset;
  let batch = await digest.acquire();
  let filled = 0;
  let aborted = false;
  let overflow = false;

  // One batch is written while the next one fills, so disk and network work at once; a
  // batch goes to the hashers only once it is in the file.
  let queued = options.offset;
  let writing: Promise<void> = Promise.resolve();
  const writeBatch = async () => {
    if (filled === 0) return;
    await writing;
    const full = batch;
    const length = filled;
    const at = queued;
    queued += length;
    filled = 0;
    writing = writeAll(handle, full.bytes, length, at).then(() => {
      digest.submit(full, length);
      written = at + length;
    });
    writing.catch(() => {}); // awaited before the next batch and at the end
    batch = await digest.acquire();
  };
  // fsync runs beside the receiving, one at a time: the disk flushes one stretch while the
  // next arrives, and the durable offset is where the file stood when that fsync began.
  let syncing: Promise<void> | undefined;
  let syncFailure: { error: unknown } | undefined;
  const throwIfSyncFailed = () => {
    if (syncFailure !== undefined) throw syncFailure.error;
  };
  let syncedFrom = options.offset;
  const startSync = () => {
    const upTo = written;
    syncedFrom = upTo;
    syncing = handle
      .sync()
      .then(async () => {
        durable = upTo;
        await onDurable(upTo);
      })
      .catch((error: unknown) => {
        syncFailure = { error };
      })
      .finally(() => {
        syncing = undefined;
      });
  };
  const keepDurable = async () => {
    throwIfSyncFailed();
    if (written - syncedFrom < syncEvery) return;
    // Never more than two stretches ahead of the disk.
    if (syncing !== undefined && written - durable >= 2 * syncEvery) await syncing;
    if (syncing === undefined) startSync();
  };
  const makeDurable = async () => {
    await writeBatch();
    await writing;
    await syncing;
    throwIfSyncFailed();
    if (written === durable) return;
    startSync();
    await syncing;
    throwIfSyncFailed();
  };

  const idle = setTimeout(() => {
    body.destroy(new Error('the sender was silent too long'));
  }, options.idleTimeoutMs ?? IDLE_TIMEOUT_MS);
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch {
        aborted = true; // the network's failure, not ours: keep what arrived
        break;
      }
      if (next.done) break;
      idle.refresh();
      let chunk = next.value;
      const room = limit - queued - filled;
      if (chunk.length > room) {
        overflow = true;
        chunk = chunk.subarray(0, room);
      }
      while (chunk.length > 0) {
        const take = Math.min(chunk.length, batch.bytes.length - filled);
        batch.bytes.set(chunk.subarray(0, take), filled);
        filled += take;
        chunk = chunk.subarray(take);
        if (filled === batch.bytes.length) {
          await writeBatch();
          await keepDurable();
        }
      }
      if (overflow) break;
    }
    await makeDurable();
    return { offset: durable, aborted, overflow };
  } finally {
    clearTimeout(idle);
    digest.release(batch);
    await writing.catch(() => {});
    await syncing;
    await handle.close();
  }
}
