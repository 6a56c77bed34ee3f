import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ed25519SignerFromPem, generateEd25519PrivateKeyPem } from './ed25519-signer.ts';
import { keyIdOf, verifySignature, type SignatureAlgorithm, type Signer } from './signer.ts';
import { generateSm2KeyFile, sm2SignerFromKeyFile } from './sm2-signer.ts';

const newSigner: Record<SignatureAlgorithm, () => Signer> = {
  ed25519: () => ed25519SignerFromPem(generateEd25519PrivateKeyPem()),
  sm2: () => sm2SignerFromKeyFile(generateSm2KeyFile()),
};

/** Bytes that are not UTF-8: a string round trip would turn them all into U+FFFD. */
const NOT_UTF8 = [
  Uint8Array.of(0xff, 0xfe, 0x00),
  Uint8Array.of(0xfe),
  Uint8Array.of(0xc3, 0x28),
  Uint8Array.of(0xed, 0xa0, 0x80),
];

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[bit >> 3]! ^= 1 << (bit & 7);
  return copy;
}

/** About `count` bit positions spread over the whole of `bytes`, first and last included. */
function spreadBits(bytes: Uint8Array, count: number): number[] {
  const total = bytes.length * 8;
  const step = Math.max(1, Math.floor(total / count));
  const bits = [];
  for (let bit = 0; bit < total; bit += step) bits.push(bit);
  bits.push(total - 1);
  return bits;
}

/** The public key's bytes, and back to its canonical text. */
const publicKeyCodec: Record<
  SignatureAlgorithm,
  { bytes(text: string): Uint8Array; text(bytes: Uint8Array): string }
> = {
  ed25519: {
    bytes: (text) => new Uint8Array(Buffer.from(text, 'base64')),
    text: (bytes) => Buffer.from(bytes).toString('base64'),
  },
  sm2: {
    bytes: (text) => new Uint8Array(Buffer.from(text, 'hex')),
    text: (bytes) => Buffer.from(bytes).toString('hex'),
  },
};

describe.each(['ed25519', 'sm2'] as const)('%s signatures', (algorithm) => {
  const signer = newSigner[algorithm]();
  const codec = publicKeyCodec[algorithm];

  it('sign and verify any bytes, including empty and non-UTF-8 ones', async () => {
    const messages = [new Uint8Array(0), randomBytes(1), randomBytes(32), randomBytes(4096)];
    for (const message of [...messages.map((m) => new Uint8Array(m)), ...NOT_UTF8]) {
      const signature = await signer.sign(message);
      expect(signature).toBeInstanceOf(Uint8Array);
      expect(signature.length).toBe(64);
      expect(verifySignature(algorithm, signer.publicKey, message, signature)).toBe(true);
    }
  });

  it('signs the exact bytes, not their text: distinct non-UTF-8 messages do not share signatures', async () => {
    for (const message of NOT_UTF8) {
      const signature = await signer.sign(message);
      const asText = new TextEncoder().encode(new TextDecoder().decode(message));
      expect(Buffer.from(asText).equals(message)).toBe(false);
      expect(verifySignature(algorithm, signer.publicKey, asText, signature)).toBe(false);
      for (const other of NOT_UTF8.filter((m) => m !== message)) {
        expect(verifySignature(algorithm, signer.publicKey, other, signature)).toBe(false);
      }
    }
  });

  it('fails for any flipped bit in the message', async () => {
    const message = new Uint8Array(randomBytes(8));
    const signature = await signer.sign(message);
    for (let bit = 0; bit < message.length * 8; bit++) {
      expect(verifySignature(algorithm, signer.publicKey, flipBit(message, bit), signature)).toBe(
        false,
      );
    }
  });

  it('fails for a flipped bit anywhere in the signature', async () => {
    const message = new Uint8Array(randomBytes(100));
    const signature = await signer.sign(message);
    for (const bit of spreadBits(signature, 64)) {
      expect(verifySignature(algorithm, signer.publicKey, message, flipBit(signature, bit))).toBe(
        false,
      );
    }
  });

  it('fails for a flipped bit anywhere in the public key', async () => {
    const message = new Uint8Array(randomBytes(100));
    const signature = await signer.sign(message);
    const keyBytes = codec.bytes(signer.publicKey);
    expect(codec.text(keyBytes)).toBe(signer.publicKey);
    for (const bit of spreadBits(keyBytes, 48)) {
      const changedKey = codec.text(flipBit(keyBytes, bit));
      expect(verifySignature(algorithm, changedKey, message, signature)).toBe(false);
    }
  });

  it('fails for a truncated or extended message or signature', async () => {
    const message = new Uint8Array(randomBytes(50));
    const signature = await signer.sign(message);
    const { publicKey } = signer;
    expect(verifySignature(algorithm, publicKey, message.subarray(1), signature)).toBe(false);
    expect(verifySignature(algorithm, publicKey, Uint8Array.of(...message, 0), signature)).toBe(
      false,
    );
    expect(verifySignature(algorithm, publicKey, message, signature.subarray(0, 63))).toBe(false);
    expect(verifySignature(algorithm, publicKey, message, Uint8Array.of(...signature, 0))).toBe(
      false,
    );
    expect(verifySignature(algorithm, publicKey, message, new Uint8Array(0))).toBe(false);
  });

  it('fails under the other algorithm or an unknown one, without throwing', async () => {
    const message = new Uint8Array(randomBytes(20));
    const signature = await signer.sign(message);
    const other: SignatureAlgorithm = algorithm === 'sm2' ? 'ed25519' : 'sm2';
    expect(verifySignature(other, signer.publicKey, message, signature)).toBe(false);
    const unknown = 'rsa' as SignatureAlgorithm;
    expect(verifySignature(unknown, signer.publicKey, message, signature)).toBe(false);
  });

  it('fails under another key of the same algorithm', async () => {
    const message = new Uint8Array(randomBytes(20));
    const signature = await signer.sign(message);
    const otherKey = newSigner[algorithm]().publicKey;
    expect(verifySignature(algorithm, otherKey, message, signature)).toBe(false);
  });

  it('has a keyId anyone can recompute from the algorithm and public key', () => {
    const expected = createHash('sha256')
      .update(`${algorithm}:${signer.publicKey}`)
      .digest('hex')
      .slice(0, 16);
    expect(signer.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(signer.keyId).toBe(expected);
    expect(keyIdOf(algorithm, signer.publicKey)).toBe(signer.keyId);
    expect(newSigner[algorithm]().keyId).not.toBe(signer.keyId);
  });
});

describe('public key encodings', () => {
  it('ed25519: padded standard base64 of the raw 32-byte key', () => {
    const { publicKey } = newSigner.ed25519();
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(publicKey, 'base64')).toHaveLength(32);
  });

  it('sm2: lowercase hex of the uncompressed point 04‖x‖y', () => {
    expect(newSigner.sm2().publicKey).toMatch(/^04[0-9a-f]{128}$/);
  });

  it('only the canonical text of a key verifies, so a key has one keyId', async () => {
    const message = Uint8Array.of(1, 2, 3);
    const ed = newSigner.ed25519();
    const edSignature = await ed.sign(message);
    const raw = Buffer.from(ed.publicKey, 'base64');
    const variants = [
      raw.toString('base64url'),
      raw.toString('base64').replace(/=$/, ''),
      ` ${ed.publicKey}`,
      raw.toString('hex'),
    ];
    for (const variant of variants) {
      expect(verifySignature('ed25519', variant, message, edSignature)).toBe(false);
    }

    const sm = newSigner.sm2();
    const smSignature = await sm.sign(message);
    const y = BigInt(`0x${sm.publicKey.slice(66)}`);
    const compressed = `${y % 2n === 0n ? '02' : '03'}${sm.publicKey.slice(2, 66)}`;
    for (const variant of [sm.publicKey.toUpperCase(), sm.publicKey.slice(2), compressed]) {
      expect(verifySignature('sm2', variant, message, smSignature)).toBe(false);
    }
  });
});

describe('keyIdOf', () => {
  it('is the first 16 hex characters of SHA-256 over "<algorithm>:<publicKey>"', () => {
    // Expected values computed outside node: printf '<algorithm>:<key>' | sha256sum
    expect(keyIdOf('ed25519', '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=')).toBe(
      'dc2837f7ac39707c',
    );
    const sm2Key =
      '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' +
      'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13';
    expect(keyIdOf('sm2', sm2Key)).toBe('a696cf1fb39297cc');
  });

  it('differs between algorithms for the same key text', () => {
    expect(keyIdOf('ed25519', 'same')).not.toBe(keyIdOf('sm2', 'same'));
  });
});
