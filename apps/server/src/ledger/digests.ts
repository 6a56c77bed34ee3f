import { hash } from 'node:crypto';
import type { Digest, HashAlgorithm } from '@liuhen/domain';

/** SHA-256 and SM3 (GB/T 32905) from node's crypto, for the pure Merkle library. */
export function digestFor(algorithm: HashAlgorithm): Digest {
  return {
    algorithm,
    size: 32,
    // One-shot hashing: about a third cheaper per call than createHash().update().digest().
    digest: (data) => hash(algorithm, data, 'buffer'),
  };
}
