import { verifyEd25519 } from './ed25519-signer.ts';
import { verifySm2 } from './sm2-signer.ts';

export { keyIdOf } from './key-id.ts';

export type SignatureAlgorithm = 'ed25519' | 'sm2';

export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = ['ed25519', 'sm2'];

export function isSignatureAlgorithm(value: unknown): value is SignatureAlgorithm {
  return value === 'ed25519' || value === 'sm2';
}

/**
 * A ledger signing key. `publicKey` is text so it can go into JSON bundles as is:
 * - ed25519: base64 (standard alphabet, padded) of the raw 32-byte key;
 * - sm2: lowercase hex of the uncompressed point 04‖x‖y (130 characters), as sm-crypto-v2
 *   writes it.
 * `keyId` is `keyIdOf(algorithm, publicKey)`.
 * Signatures are 64 bytes for both: Ed25519 as RFC 8032; SM2 as raw r‖s, 32 bytes each,
 * big-endian (not DER), so every signature has one length and one encoding.
 */
export interface Signer {
  readonly algorithm: SignatureAlgorithm;
  readonly keyId: string;
  readonly publicKey: string;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/**
 * Whether `signature` is a valid signature of exactly `message` under `publicKey`. Needs
 * nothing but its arguments, for offline verifiers. Anything malformed (unknown algorithm,
 * public key not in the canonical encoding or not on the curve, signature of the wrong
 * length) is simply not a valid signature: the answer is false, never an exception.
 */
export function verifySignature(
  algorithm: SignatureAlgorithm,
  publicKey: string,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  switch (algorithm) {
    case 'ed25519':
      return verifyEd25519(publicKey, message, signature);
    case 'sm2':
      return verifySm2(publicKey, message, signature);
    default:
      return false;
  }
}
