import { createSHA256 } from 'hash-wasm';

/** 8 MiB: large enough that the per-slice overhead vanishes, small enough for any phone. */
export const HASH_SLICE_BYTES = 8 * 1024 * 1024;

export interface HashFileOptions {
  readonly sliceBytes?: number;
  /** Called after each slice with the bytes hashed so far. */
  readonly onProgress?: (hashed: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Awaited before each slice: how a paused upload holds its hashing. */
  readonly beforeSlice?: () => Promise<void>;
}

/**
 * The SHA-256 of a file as lower-case hex, read slice by slice so that a 4 GB recording
 * never sits in memory whole. The next slice is read while the current one is hashed.
 * Throws the signal's reason (an AbortError) when aborted.
 */
export async function sha256OfFile(file: Blob, options: HashFileOptions = {}): Promise<string> {
  const sliceBytes = options.sliceBytes ?? HASH_SLICE_BYTES;
  if (!Number.isInteger(sliceBytes) || sliceBytes <= 0) {
    throw new RangeError('sliceBytes must be a positive integer');
  }
  const hasher = await createSHA256();
  hasher.init();
  const total = file.size;
  const read = (start: number) => {
    const pending = file.slice(start, Math.min(start + sliceBytes, total)).arrayBuffer();
    // A read left behind by an abort must not surface as an unhandled rejection.
    pending.catch(() => undefined);
    return pending;
  };

  let offset = 0;
  let next = total > 0 ? read(0) : null;
  while (next !== null) {
    options.signal?.throwIfAborted();
    await options.beforeSlice?.();
    options.signal?.throwIfAborted();
    const bytes = new Uint8Array(await next);
    const following = offset + bytes.byteLength;
    next = following < total ? read(following) : null;
    hasher.update(bytes);
    offset = following;
    options.onProgress?.(offset, total);
  }
  options.signal?.throwIfAborted();
  if (total === 0) options.onProgress?.(0, 0);
  return hasher.digest('hex');
}
