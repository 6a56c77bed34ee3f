import { sm2 } from 'sm-crypto-v2';
import { keyIdOf } from './key-id.ts';
import type { Signer } from './signer.ts';

/**
 * SM2 signatures (GB/T 32918.2-2016, GM/T 0003.2) through sm-crypto-v2, never node's
 * built-in SM2 signing, which offers no way to set the user ID and does not produce the
 * standard default-ID signature.
 *
 * With `hash: true` sm-crypto-v2 computes Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) and
 * e = SM3(Z ‖ M) before signing or verifying. The ID is passed explicitly, the default of
 * GM/T 0009 ("1234567812345678"), rather than relying on the library's own default, so a
 * change there cannot silently change what our signatures mean. Messages are handed over
 * as Uint8Array, which the library hashes byte for byte (a string would be UTF-8 encoded).
 *
 * Signatures are raw r‖s, 32 bytes each, big-endian: one length, one encoding, no DER.
 */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

/** The order n of the SM2 recommended curve (GB/T 32918.5). */
const CURVE_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const SIGNATURE_BYTES = 64;
const SCALAR_BYTES = 32;
/** Uncompressed point 04‖x‖y in lowercase hex: the single accepted text of a public key. */
const PUBLIC_KEY_PATTERN = /^04[0-9a-f]{128}$/;
const PRIVATE_KEY_PATTERN = /^[0-9a-f]{64}$/;

const SIGN_AND_VERIFY_OPTIONS = { hash: true, der: false, userId: SM2_DEFAULT_USER_ID } as const;

/** The stored form of an SM2 key: `ledger-sm2.json`. */
export interface Sm2KeyFile {
  readonly algorithm: 'sm2';
  readonly privateKey: string;
  readonly publicKey: string;
}

export function generateSm2KeyFile(): Sm2KeyFile {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  // Checked here too so a new key can never be written in a form we would refuse to load.
  return checkSm2KeyPair({ algorithm: 'sm2', privateKey, publicKey });
}

export function serializeSm2KeyFile(keyFile: Sm2KeyFile): string {
  const { algorithm, privateKey, publicKey } = keyFile;
  return `${JSON.stringify({ algorithm, privateKey, publicKey }, null, 2)}\n`;
}

/** Parses the stored JSON strictly; throws on anything but a consistent SM2 key pair. */
export function parseSm2KeyFile(text: string): Sm2KeyFile {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected a JSON object');
  }
  const fields = Object.keys(value).sort().join(',');
  if (fields !== 'algorithm,privateKey,publicKey') {
    throw new Error(
      `expected exactly the fields algorithm, privateKey, publicKey; found ${fields}`,
    );
  }
  const { algorithm, privateKey, publicKey } = value as Record<string, unknown>;
  if (algorithm !== 'sm2') throw new Error(`expected algorithm "sm2", found ${String(algorithm)}`);
  if (typeof privateKey !== 'string' || typeof publicKey !== 'string') {
    throw new Error('privateKey and publicKey must be strings');
  }
  return checkSm2KeyPair({ algorithm, privateKey, publicKey });
}

export function sm2SignerFromKeyFile(keyFile: Sm2KeyFile): Signer {
  const { privateKey, publicKey } = checkSm2KeyPair(keyFile);
  return {
    algorithm: 'sm2',
    keyId: keyIdOf('sm2', publicKey),
    publicKey,
    async sign(message) {
      // publicKey is passed so Z is computed from the stored key rather than re-derived.
      const signature = sm2.doSignature(message, privateKey, {
        ...SIGN_AND_VERIFY_OPTIONS,
        publicKey,
      });
      if (!/^[0-9a-f]{128}$/.test(signature)) {
        throw new Error('sm-crypto-v2 returned a signature that is not 64 bytes of hex');
      }
      return new Uint8Array(Buffer.from(signature, 'hex'));
    },
  };
}

export function verifySm2(publicKey: string, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_BYTES || !PUBLIC_KEY_PATTERN.test(publicKey)) return false;
  // GB/T 32918.2 verification steps B1 and B2: r and s in [1, n-1]. The library does not
  // check this itself (it throws on some out-of-range values instead).
  const r = bigIntFromBytes(signature.subarray(0, SCALAR_BYTES));
  const s = bigIntFromBytes(signature.subarray(SCALAR_BYTES));
  if (r < 1n || r >= CURVE_ORDER || s < 1n || s >= CURVE_ORDER) return false;
  try {
    // The library parses the point and rejects one that is not on the curve (by throwing).
    return sm2.doVerifySignature(
      message,
      Buffer.from(signature).toString('hex'),
      publicKey,
      SIGN_AND_VERIFY_OPTIONS,
    );
  } catch {
    return false;
  }
}

/** The private key d must be in [1, n-2] (GB/T 32918.1 §6.1) and match the public key. */
function checkSm2KeyPair(keyFile: Sm2KeyFile): Sm2KeyFile {
  const { privateKey, publicKey } = keyFile;
  if (!PRIVATE_KEY_PATTERN.test(privateKey)) {
    throw new Error('privateKey must be 64 lowercase hex characters');
  }
  const d = BigInt(`0x${privateKey}`);
  if (d < 1n || d > CURVE_ORDER - 2n) throw new Error('privateKey is out of range');
  if (!PUBLIC_KEY_PATTERN.test(publicKey)) {
    throw new Error('publicKey must be an uncompressed point: 04 and 128 lowercase hex characters');
  }
  if (sm2.getPublicKeyFromPrivateKey(privateKey) !== publicKey) {
    throw new Error('publicKey does not belong to privateKey');
  }
  return keyFile;
}

function bigIntFromBytes(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}
