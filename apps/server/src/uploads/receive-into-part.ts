import type { Readable } from 'node:stream';
import type { DigestSession } from './digest-pool.ts';
import { freeBodyChunk, ownsItsChunks } from './free-body-chunk.ts';
import { openPartForWriting } from './part-file.ts';
import { createPartWriter } from './part-writer.ts';

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

/**
 * Streams one PATCH body into the part file and the hashers. Bytes are gathered into the
 * hashers' shared batches; each full batch goes to both hashers and to the file at once,
 * and is reused only when all three are done with it, so the number of batches bounds memory
 * whatever the network and disk speeds. Whatever way the request ends — complete,
 * aborted, silent — what arrived is written, fsynced and the durable offset moved before
 * this returns, so the bytes hashed are exactly the bytes on disk. A failure of the disk or
 * database is thrown; the caller must then drop the digest session, since it may have
 * hashed bytes that are not durable.
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
  const writer = createPartWriter(handle, { offset: options.offset, syncEvery, onDurable });
  /** Bytes handed to the writer. */
  let queued = options.offset;
  let batch = await digest.acquire();
  let filled = 0;
  let aborted = false;
  let overflow = false;

  // A full batch goes to the file and to both hashers at once, and comes back for reuse
  // when all three are done with it. The reading loop waits only when every batch is
  // taken, which is the backpressure on the sender.
  const submitBatch = async () => {
    if (filled === 0) return;
    const length = filled;
    queued += length;
    filled = 0;
    digest.submit(batch, length, writer.append(batch.bytes.subarray(0, length)));
    batch = await digest.acquire();
  };

  const idle = setTimeout(() => {
    body.destroy(new Error('the sender was silent too long'));
  }, options.idleTimeoutMs ?? IDLE_TIMEOUT_MS);
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const freeChunks = ownsItsChunks(body);
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
      const piece = next.value;
      let chunk = piece;
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
          await submitBatch();
          writer.throwIfFailed();
        }
      }
      if (freeChunks) freeBodyChunk(piece);
      if (overflow) break;
    }
    await submitBatch();
    return { offset: await writer.flush(), aborted, overflow };
  } finally {
    clearTimeout(idle);
    digest.release(batch);
    await writer.settle();
    await handle.close();
  }
}
