import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { keyIdOf } from './key-id.ts';
import type { Signer } from './signer.ts';

const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
/** Canonical padded base64 of 32 bytes: 43 characters and one '='. */
const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

/** A new Ed25519 private key, as PKCS#8 PEM (the form it is stored in). */
export function generateEd25519PrivateKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A signer from a PKCS#8 PEM Ed25519 private key; throws if the PEM is not one. */
export function ed25519SignerFromPem(pem: string): Signer {
  const privateKey = createPrivateKey({ key: pem, format: 'pem' });
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`expected an Ed25519 private key, found ${privateKey.asymmetricKeyType}`);
  }
  const publicKey = rawPublicKeyBase64(createPublicKey(privateKey));
  return {
    algorithm: 'ed25519',
    keyId: keyIdOf('ed25519', publicKey),
    publicKey,
    async sign(message) {
      return new Uint8Array(sign(null, message, privateKey));
    },
  };
}

export function verifyEd25519(
  publicKey: string,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  if (signature.length !== SIGNATURE_BYTES) return false;
  const key = publicKeyFromBase64(publicKey);
  if (!key) return false;
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

function rawPublicKeyBase64(key: KeyObject): string {
  const { x } = key.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('Ed25519 public key without x');
  return Buffer.from(x, 'base64url').toString('base64');
}

/** Only the canonical encoding is accepted, so one key has exactly one text (and keyId). */
function publicKeyFromBase64(publicKey: string): KeyObject | undefined {
  if (!PUBLIC_KEY_PATTERN.test(publicKey)) return undefined;
  const raw = Buffer.from(publicKey, 'base64');
  if (raw.length !== PUBLIC_KEY_BYTES || raw.toString('base64') !== publicKey) return undefined;
  try {
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
  } catch {
    return undefined;
  }
}
