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
    size,

    /** Packs entries for `check`: one buffer of bodies with offsets, one of leaf hashes. */
    pack(firstSeq: number, bodies: readonly Uint8Array[], leafHashes: readonly Uint8Array[]) {
      const offsets = new Uint32Array(bodies.length + 1);
      for (let i = 0; i < bodies.length; i++) offsets[i + 1] = offsets[i]! + bodies[i]!.length;
      const packed = new Uint8Array(offsets[bodies.length]!);
      bodies.forEach((body, i) => packed.set(body, offsets[i]));
      const hashes = new Uint8Array(leafHashes.length * 32);
      leafHashes.forEach((hash, i) =>
        hashes.set(hash.length === 32 ? hash : new Uint8Array(32), i * 32),
      );
      return { firstSeq, packed, offsets, leafHashes: hashes };
    },

    check(chunk: Omit<VerifyChunk, 'id'>): Promise<VerifyChunkResult['failure']> {
      const id = nextId++;
      const worker = workers[turn++ % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: (result) => resolve(result.failure), reject });
        worker.postMessage({ ...chunk, id }, [
          chunk.packed.buffer as ArrayBuffer,
          chunk.offsets.buffer as ArrayBuffer,
          chunk.leafHashes.buffer as ArrayBuffer,
        ]);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
