import { Worker } from 'node:worker_threads';
import type { DigestReply, DigestRequest } from './digest-worker.ts';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type HashRequest = WithoutId<DigestRequest>;

/** One hashing thread: requests are answered in the order they were sent. */
export interface HashThread {
  request(message: HashRequest): Promise<string | undefined>;
  readonly dead: boolean;
  terminate(): Promise<void>;
}

export function startHashThread(): HashThread {
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
