import type { HashThread } from './hash-thread.ts';

/**
 * Update messages a lane keeps at its thread: one being hashed and one waiting, so the
 * thread goes from one to the next without waiting for the main thread.
 */
const MESSAGES_AT_THREAD = 2;

interface QueuedPart {
  readonly buffer: SharedArrayBuffer;
  readonly length: number;
  settle(error?: Error): void;
}

/**
 * One algorithm of one digest session, on its thread. Batches that arrive while the
 * thread already has its messages go together in the next one: a thread that is behind
 * (SM3, the slower hash) gets fewer, larger messages, so the main thread spends less time
 * posting and waking it, and the thread less time receiving.
 */
export function createHashLane(thread: HashThread, stream: number, algorithm: 'sha256' | 'sm3') {
  let queued: QueuedPart[] = [];
  let atThread = 0;
  /** Settles after every update sent so far (the thread answers in order). */
  let lastUpdate: Promise<unknown> = Promise.resolve();

  const send = () => {
    while (atThread < MESSAGES_AT_THREAD && queued.length > 0) {
      const parts = queued;
      queued = [];
      atThread++;
      thread
        .request({
          op: 'update',
          stream,
          parts: parts.map(({ buffer, length }) => ({ buffer, length })),
        })
        .then(
          () => {
            for (const part of parts) part.settle();
          },
          (error: Error) => {
            for (const part of parts) part.settle(error);
          },
        )
        .finally(() => {
          atThread--;
          send();
        });
    }
  };

  return {
    open(prefix: { readonly path: string; readonly length: number } | null): Promise<unknown> {
      return thread.request({ op: 'open', stream, algorithm, prefix });
    },
    /** Hashes `buffer[0, length)` after everything before; settles when the thread has. */
    update(buffer: SharedArrayBuffer, length: number): Promise<void> {
      const done = new Promise<void>((resolve, reject) => {
        queued.push({ buffer, length, settle: (error) => (error ? reject(error) : resolve()) });
      });
      lastUpdate = done.catch(() => {});
      send();
      return done;
    },
    /** The hex digest of everything updated; the stream is gone afterwards. */
    async digest(): Promise<string> {
      await lastUpdate;
      return (await thread.request({ op: 'digest', stream })) as string;
    },
    close(): void {
      if (!thread.dead) thread.request({ op: 'close', stream }).catch(() => {});
    },
  };
}
