import type { DigestPool } from '../uploads/digest-pool.ts';
import { EvidenceObjectMissingError, type EvidenceStore } from '../evidence/evidence-store.ts';
import type { Throttle } from './throttle.ts';

/** What the stored bytes hash to now; `missing` when the store has no such object. */
export type ObjectHash =
  | {
      readonly kind: 'hashed';
      readonly sha256: string;
      readonly sm3: string;
      readonly sizeBytes: number;
    }
  | { readonly kind: 'missing' };

/**
 * Re-hashes one stored object through the store's own interface (filesystem or S3), both
 * digests the ledger holds, on the digest pool's threads so the event loop keeps serving.
 */
export async function hashStoredObject(
  deps: { readonly store: EvidenceStore; readonly pool: DigestPool },
  storageKey: string,
  options: { readonly throttle?: Throttle; readonly signal?: AbortSignal } = {},
): Promise<ObjectHash> {
  let stream;
  try {
    stream = await deps.store.read(storageKey);
  } catch (error) {
    if (error instanceof EvidenceObjectMissingError) return { kind: 'missing' };
    throw error;
  }
  const session = deps.pool.open();
  let sizeBytes = 0;
  try {
    for await (const chunk of stream) {
      options.signal?.throwIfAborted();
      const bytes = chunk as Uint8Array;
      sizeBytes += bytes.length;
      await session.update(bytes);
      await options.throttle?.take(bytes.length, options.signal);
    }
    const { sha256, sm3 } = await session.digest();
    return { kind: 'hashed', sha256, sm3, sizeBytes };
  } catch (error) {
    session.close();
    stream.destroy();
    throw error;
  }
}
