import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VerifyChunk, VerifyChunkResult } from './verify-worker.ts';

/**
 * Worker threads for the per-entry checks of a full verification, so that hashing and
 * canonical-JSON checks use every core while the main thread rebuilds the tree.
 */
export function createVerifyPool(size = Math.max(1, availableParallelism())) {
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./verify-worker.ts', import.meta.url)),
  );
  const pending = new Map<
    number,
    { resolve: (result: VerifyChunkResult) => void; reject: (error: unknown) => void }
  >();
  let nextId = 0;
  let turn = 0;
  for (const worker of workers) {
    worker.on('message', (result: VerifyChunkResult) => {
      pending.get(result.id)?.resolve(result);
      pending.delete(result.id);
    });
    worker.on('error', (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
  }
  return {
    check(chunk: Omit<VerifyChunk, 'id'>): Promise<VerifyChunkResult['failure']> {
      const id = nextId++;
      const worker = workers[turn++ % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: (result) => resolve(result.failure), reject });
        worker.postMessage({ ...chunk, id });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
