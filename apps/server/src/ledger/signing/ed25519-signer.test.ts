import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ed25519SignerFromPem,
  generateEd25519PrivateKeyPem,
  verifyEd25519,
} from './ed25519-signer.ts';

/** RFC 8032 §7.1 TEST 1 and TEST 2: secret key (seed), public key, message, signature. */
const RFC8032_VECTORS = [
  {
    seed: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    seed: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
];

/** PKCS#8 for an Ed25519 seed: the fixed DER prefix of RFC 8410 §7, then the 32 bytes. */
function pemFromSeed(seedHex: string): string {
  const der = Buffer.concat([
    Buffer.from('302e020100300506032b657004220420', 'hex'),
    Buffer.from(seedHex, 'hex'),
  ]);
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytesOf = (hexText: string) => new Uint8Array(Buffer.from(hexText, 'hex'));

describe('Ed25519 signer', () => {
  it.each(RFC8032_VECTORS)('matches RFC 8032 for public key $publicKey', async (vector) => {
    const signer = ed25519SignerFromPem(pemFromSeed(vector.seed));
    const publicKey = Buffer.from(vector.publicKey, 'hex').toString('base64');
    expect(signer.algorithm).toBe('ed25519');
    expect(signer.publicKey).toBe(publicKey);
    expect(hex(await signer.sign(bytesOf(vector.message)))).toBe(vector.signature);
    expect(verifyEd25519(publicKey, bytesOf(vector.message), bytesOf(vector.signature))).toBe(true);
  });

  it('stores the private key as PKCS#8 PEM', () => {
    const pem = generateEd25519PrivateKeyPem();
    expect(pem).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/,
    );
    expect(ed25519SignerFromPem(pem).publicKey).toBe(ed25519SignerFromPem(pem).publicKey);
  });

  it('refuses a PEM that holds another kind of key', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => ed25519SignerFromPem(pem)).toThrow(/expected an Ed25519 private key, found ec/);
  });

  it('refuses what is not a PEM private key', () => {
    expect(() => ed25519SignerFromPem('-----BEGIN PRIVATE KEY-----\nAAAA\n')).toThrow();
  });
});
