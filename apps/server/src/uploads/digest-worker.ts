import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

/**
 * One hashing thread. It holds the running hash of every stream assigned to it (a stream is
 * one algorithm of one upload) and answers each request in the order it was sent, so the
 * main thread only ever copies bytes into shared buffers and never hashes.
 */
export type DigestRequest =
  | {
      readonly op: 'open';
      readonly id: number;
      readonly stream: number;
      readonly algorithm: 'sha256' | 'sm3';
      /** Bytes already on disk (after a restart): hashed here first, from the file. */
      readonly prefix: { readonly path: string; readonly length: number } | null;
    }
  | {
      readonly op: 'update';
      readonly id: number;
      readonly stream: number;
      /** Batches in order: the first `length` bytes of each. */
      readonly parts: readonly { readonly buffer: SharedArrayBuffer; readonly length: number }[];
    }
  | { readonly op: 'digest'; readonly id: number; readonly stream: number }
  | { readonly op: 'close'; readonly id: number; readonly stream: number };

export type DigestReply =
  | { readonly id: number; readonly ok: true; readonly hex?: string }
  | { readonly id: number; readonly ok: false; readonly message: string };

const READ_BYTES = 1 << 20;

function hashPrefix(hash: Hash, file: string, length: number): void {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let position = 0;
    while (position < length) {
      const read = readSync(
        descriptor,
        buffer,
        0,
        Math.min(READ_BYTES, length - position),
        position,
      );
      if (read === 0) {
        throw new Error(`${file} holds ${position} bytes, fewer than the ${length} expected`);
      }
      hash.update(buffer.subarray(0, read));
      position += read;
    }
  } finally {
    closeSync(descriptor);
  }
}

const streams = new Map<number, Hash>();

export function handle(request: DigestRequest): DigestReply {
  try {
    switch (request.op) {
      case 'open': {
        streams.delete(request.stream);
        const hash = createHash(request.algorithm);
        if (request.prefix !== null) {
          hashPrefix(hash, request.prefix.path, request.prefix.length);
        }
        streams.set(request.stream, hash);
        return { id: request.id, ok: true };
      }
      case 'update': {
        const hash = streams.get(request.stream);
        if (hash === undefined) throw new Error(`no open stream ${request.stream}`);
        for (const part of request.parts) hash.update(new Uint8Array(part.buffer, 0, part.length));
        return { id: request.id, ok: true };
      }
      case 'digest': {
        const hash = streams.get(request.stream);
        if (hash === undefined) throw new Error(`no open stream ${request.stream}`);
        streams.delete(request.stream);
        return { id: request.id, ok: true, hex: hash.digest('hex') };
      }
      case 'close':
        streams.delete(request.stream);
        return { id: request.id, ok: true };
    }
  } catch (error) {
    // A stream that failed once cannot be trusted to continue: the caller starts over.
    streams.delete(request.stream);
    return { id: request.id, ok: false, message: (error as Error).message };
  }
}

parentPort?.on('message', (request: DigestRequest) => {
  parentPort!.postMessage(handle(request));
});
