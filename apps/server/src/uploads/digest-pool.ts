import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DigestReply, DigestRequest } from './digest-worker.ts';

/** Both digests of a file: SHA-256 is its content address, SM3 the 国密 digest. */
export interface Digests {
  readonly sha256: string;
  readonly sm3: string;
}

/** A buffer shared with the hashing threads: filled once, read by both, never copied. */
export interface SharedBatch {
  readonly buffer: SharedArrayBuffer;
  readonly bytes: Uint8Array;
}

/**
 * The running SHA-256 and SM3 of one file, computed on worker threads. Bytes go in as
 * shared batches; `acquire` waits while `maxBatchesInFlight` batches are still being
 * hashed, which is the backpressure that bounds memory whatever the network speed.
 */
export interface DigestSession {
  /** Bytes handed to the hashers so far, the prefix from disk included. */
  readonly hashedBytes: number;
  /** Set once a hasher failed; the session can then only be closed. */
  readonly failure: Error | undefined;
  acquire(): Promise<SharedBatch>;
  /** Hashes `batch.bytes[0, length)` after everything submitted before. */
  submit(batch: SharedBatch, length: number): void;
  /** Gives back a batch that was acquired but not submitted. */
  release(batch: SharedBatch): void;
  /** Copies `bytes` into batches and submits them (for callers without their own batches). */
  update(bytes: Uint8Array): Promise<void>;
  /** Both digests of everything submitted; the session is finished afterwards. */
  digest(): Promise<Digests>;
  close(): void;
}

export interface DigestPool {
  /** A new session; with `prefix`, the first `length` bytes of that file are hashed first. */
  open(prefix?: { readonly path: string; readonly length: number }): DigestSession;
  /**
   * Starts the threads the first upload will use. A thread costs tens of MiB when it
   * starts; a server pays that once at start-up rather than in the middle of an upload.
   */
  warm(): void;
  close(): Promise<void>;
}

export interface DigestPoolOptions {
  /** Hashing threads; SHA-256 and SM3 of one file go to two different ones when size ≥ 2. */
  readonly size?: number;
  readonly batchBytes?: number;
  readonly maxBatchesInFlight?: number;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<DigestRequest>;

interface HashThread {
  request(message: Request): Promise<string | undefined>;
  readonly dead: boolean;
  terminate(): Promise<void>;
}

function startThread(): HashThread {
  const worker = new Worker(new URL('./digest-worker.ts', import.meta.url));
  const pending = new Map<number, { resolve(hex?: string): void; reject(error: Error): void }>();
  let nextId = 0;
  let dead = false;
  // Referenced only while it has work, so an idle pool never keeps a process alive.
  worker.unref();
  const failAll = (error: Error) => {
    dead = true;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: DigestReply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiter?.resolve(reply.hex);
    else waiter?.reject(new Error(`hashing failed: ${reply.message}`));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`hashing thread exited (${code})`)));
  return {
    get dead() {
      return dead;
    },
    request(message) {
      if (dead) return Promise.reject(new Error('hashing thread is gone'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (pending.size === 1) worker.ref();
        worker.postMessage({ ...message, id });
      });
    },
    async terminate() {
      dead = true;
      await worker.terminate();
    },
  };
}

export function createDigestPool(options: DigestPoolOptions = {}): DigestPool {
  const size = options.size ?? Math.max(2, Math.min(4, availableParallelism()));
  const batchBytes = options.batchBytes ?? 1 << 20;
  const maxInFlight = options.maxBatchesInFlight ?? 4;
  const threads: (HashThread | undefined)[] = Array.from({ length: size });
  let nextStream = 0;
  let closed = false;

  function thread(index: number): HashThread {
    let current = threads[index];
    if (current === undefined || current.dead) {
      current = startThread();
      threads[index] = current;
    }
    return current;
  }

  function open(prefix?: { readonly path: string; readonly length: number }): DigestSession {
    if (closed) throw new Error('the digest pool is closed');
    const first = nextStream;
    nextStream += 2;
    const lanes = [
      { algorithm: 'sha256' as const, stream: first, thread: thread(first % size) },
      { algorithm: 'sm3' as const, stream: first + 1, thread: thread((first + 1) % size) },
    ];
    let hashedBytes = prefix?.length ?? 0;
    let failure: Error | undefined;
    let inFlight = 0;
    let finished = false;
    const free: SharedBatch[] = [];
    const waiting: (() => void)[] = [];

    const fail = (error: unknown) => {
      failure ??= error instanceof Error ? error : new Error(String(error));
      for (const wake of waiting.splice(0)) wake();
    };
    for (const lane of lanes) {
      lane.thread
        .request({
          op: 'open',
          stream: lane.stream,
          algorithm: lane.algorithm,
          prefix: prefix ?? null,
        })
        .catch(fail);
    }

    const session: DigestSession = {
      get hashedBytes() {
        return hashedBytes;
      },
      get failure() {
        return failure;
      },
      async acquire() {
        while (inFlight >= maxInFlight && failure === undefined) {
          await new Promise<void>((resolve) => waiting.push(resolve));
        }
        if (failure !== undefined) throw failure;
        if (finished) throw new Error('the digest session is finished');
        const reused = free.pop();
        if (reused !== undefined) return reused;
        const buffer = new SharedArrayBuffer(batchBytes);
        return { buffer, bytes: new Uint8Array(buffer) };
      },
      submit(batch, length) {
        if (failure !== undefined || finished) return;
        if (length === 0) {
          free.push(batch);
          return;
        }
        hashedBytes += length;
        inFlight++;
        Promise.all(
          lanes.map((lane) =>
            lane.thread.request({
              op: 'update',
              stream: lane.stream,
              buffer: batch.buffer,
              length,
            }),
          ),
        ).then(
          () => {
            inFlight--;
            free.push(batch);
            waiting.shift()?.();
          },
          (error: unknown) => {
            inFlight--;
            fail(error);
          },
        );
      },
      release(batch) {
        free.push(batch);
      },
      async update(bytes) {
        for (let start = 0; start < bytes.length; start += batchBytes) {
          const part = bytes.subarray(start, start + batchBytes);
          const batch = await session.acquire();
          batch.bytes.set(part);
          session.submit(batch, part.length);
        }
      },
      async digest() {
        if (failure !== undefined) throw failure;
        if (finished) throw new Error('the digest session is finished');
        finished = true;
        const [sha256, sm3] = await Promise.all(
          lanes.map((lane) => lane.thread.request({ op: 'digest', stream: lane.stream })),
        ).catch((error: unknown) => {
          fail(error);
          throw failure;
        });
        if (failure !== undefined) throw failure;
        return { sha256: sha256!, sm3: sm3! };
      },
      close() {
        if (finished) return;
        finished = true;
        fail(new Error('the digest session was closed'));
        for (const lane of lanes) {
          if (!lane.thread.dead) {
            lane.thread.request({ op: 'close', stream: lane.stream }).catch(() => {});
          }
        }
      },
    };
    return session;
  }

  return {
    open,
    warm() {
      for (let index = 0; index < Math.min(size, 2); index++) thread(index);
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((current) => current?.terminate()));
    },
  };
}
