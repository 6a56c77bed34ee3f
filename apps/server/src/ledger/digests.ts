import { createHash } from 'node:crypto';
import type { Digest, HashAlgorithm } from '@liuhen/domain';

/** SHA-256 and SM3 (GB/T 32905) from node's crypto, for the pure Merkle library. */
export function digestFor(algorithm: HashAlgorithm): Digest {
  return {
    algorithm,
    size: 32,
    digest: (data) => new Uint8Array(createHash(algorithm).update(data).digest()),
  };
}
