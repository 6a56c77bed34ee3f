import { createHash } from 'node:crypto';
import type { SignatureAlgorithm } from './signer.ts';

/**
 * The short name of a public key: the first 16 hex characters (64 bits) of
 * SHA-256("<algorithm>:<publicKey>"), over the UTF-8 (here: ASCII) text of the algorithm name
 * and the public key exactly as encoded in `Signer.publicKey`. It is derived, never stored
 * on its own, so a verifier holding only a bundle recomputes it and refuses a bundle whose
 * keyId does not belong to the public key it carries. Including the algorithm keeps an
 * Ed25519 and an SM2 key from ever sharing a name.
 */
export function keyIdOf(algorithm: SignatureAlgorithm, publicKey: string): string {
  return createHash('sha256').update(`${algorithm}:${publicKey}`).digest('hex').slice(0, 16);
}
