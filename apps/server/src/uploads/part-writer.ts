import type { FileHandle } from 'node:fs/promises';

export interface PartWriter {
  /**
   * Queues `bytes` to follow everything appended before. Settles once they are in the file
   * or the writer has failed (see `throwIfFailed`); never rejects. The caller must not
   * change `bytes` until then.
   */
  append(bytes: Uint8Array): Promise<void>;
  /** Throws the first failure of a write, an fsync or `onDurable`. */
  throwIfFailed(): void;
  /** Writes and fsyncs everything appended; returns the durable offset. Throws a failure. */
  flush(): Promise<number>;
  /** Waits for the writing and fsync under way, whatever their outcome (before closing). */
  settle(): Promise<void>;
}

/** Writes `views` at `at`, one after another, in as few system calls as the disk allows. */
async function writeAll(handle: FileHandle, views: readonly Uint8Array[], at: number) {
  let rest = views;
  let position = at;
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest as Uint8Array[], position);
    if (bytesWritten === 0) throw new Error('the disk accepted no bytes');
    position += bytesWritten;
    let skip = bytesWritten;
    const left: Uint8Array[] = [];
    for (const view of rest) {
      if (skip >= view.length) skip -= view.length;
      else {
        left.push(skip > 0 ? view.subarray(skip) : view);
        skip = 0;
      }
    }
    rest = left;
  }
}

/**
 * Appends to a part file from `offset` on, in order, and keeps it durable: an fsync runs
 * beside the writing whenever `syncEvery` bytes were written since the last one began, and
 * `onDurable` records each new durable offset (where the file stood when that fsync began).
 * Writing never runs more than two such stretches ahead of the disk. Pieces that queue up
 * while a write is under way go to the file together in one positional `writev`, so a busy
 * disk costs fewer system calls and thread-pool round trips, not more.
 */
export function createPartWriter(
  handle: FileHandle,
  options: {
    readonly offset: number;
    readonly syncEvery: number;
    readonly onDurable: (offset: number) => Promise<void>;
  },
): PartWriter {
  const { syncEvery, onDurable } = options;
  let written = options.offset;
  let durable = options.offset;
  let failure: { error: unknown } | undefined;

  let syncing: Promise<void> | undefined;
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
        failure ??= { error };
      })
      .finally(() => {
        syncing = undefined;
        // The writing went on meanwhile and may already have made up the next stretch.
        if (failure === undefined && written - syncedFrom >= syncEvery) startSync();
      });
  };
  const syncsDone = async () => {
    while (syncing !== undefined) await syncing;
  };

  const queue: { bytes: Uint8Array; done: () => void }[] = [];
  let draining = false;
  let drained: Promise<void> = Promise.resolve();
  const drain = async () => {
    try {
      while (queue.length > 0) {
        // What queued up, but no further than the next fsync's point: the durable offset
        // keeps to its stretches however the writes are grouped.
        const group: typeof queue = [];
        let length = 0;
        const toNextSync = syncedFrom + syncEvery - written;
        while (queue.length > 0 && (group.length === 0 || length < toNextSync)) {
          const entry = queue.shift()!;
          group.push(entry);
          length += entry.bytes.length;
        }
        if (failure === undefined) {
          try {
            if (syncing !== undefined && written + length - durable > 2 * syncEvery) {
              await syncing;
            }
            await writeAll(
              handle,
              group.map((entry) => entry.bytes),
              written,
            );
            written += length;
            if (written - syncedFrom >= syncEvery && syncing === undefined) startSync();
          } catch (error) {
            failure ??= { error };
          }
        }
        for (const entry of group) entry.done();
      }
    } finally {
      draining = false;
    }
  };
  const idle = async () => {
    while (draining) await drained;
  };

  const writer: PartWriter = {
    append(bytes) {
      return new Promise<void>((done) => {
        queue.push({ bytes, done });
        if (!draining) {
          draining = true;
          drained = drain();
        }
      });
    },
    throwIfFailed() {
      if (failure !== undefined) throw failure.error;
    },
    async flush() {
      await idle();
      await syncsDone();
      writer.throwIfFailed();
      if (written !== durable) {
        startSync();
        await syncsDone();
        writer.throwIfFailed();
      }
      return durable;
    },
    async settle() {
      await idle();
      await syncsDone();
    },
  };
  return writer;
}
