import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHex } from './bytes.ts';
import { emptyRoot, hashChildren, hashLeaf, type Digest, type HashAlgorithm } from './hasher.ts';

function nodeDigest(algorithm: HashAlgorithm): Digest {
  return {
    algorithm,
    size: 32,
    digest: (data) => new Uint8Array(createHash(algorithm).update(data).digest()),
  };
}

const sha256 = nodeDigest('sha256');
const sm3 = nodeDigest('sm3');
const ascii = (text: string) => new TextEncoder().encode(text);

describe('RFC 9162 hashes with SHA-256', () => {
  it('hashes the empty tree, a leaf and two children with their prefixes', () => {
    expect(toHex(emptyRoot(sha256))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    // The first leaf and the two-leaf root of the RFC 6962 test tree (transparency-dev/merkle).
    const leaf0 = hashLeaf(sha256, new Uint8Array(0));
    expect(toHex(leaf0)).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    const leaf1 = hashLeaf(sha256, Uint8Array.of(0));
    expect(toHex(hashChildren(sha256, leaf0, leaf1))).toBe(
      'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    );
  });

  it('separates leaves from interior nodes', () => {
    const left = hashLeaf(sha256, ascii('a'));
    const right = hashLeaf(sha256, ascii('b'));
    const asLeaf = hashLeaf(sha256, Uint8Array.of(...left, ...right));
    expect(toHex(asLeaf)).not.toBe(toHex(hashChildren(sha256, left, right)));
  });
});

describe('SM3', () => {
  it('is the SM3 of GB/T 32905-2016 (known answer for "abc")', () => {
    expect(toHex(sm3.digest(ascii('abc')))).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('hashes a leaf as SM3(0x00 || entry)', () => {
    expect(toHex(hashLeaf(sm3, ascii('abc')))).toBe(
      toHex(sm3.digest(Uint8Array.of(0, 97, 98, 99))),
    );
  });
});

describe('an injected digest', () => {
  it('must return as many bytes as it declares', () => {
    const liar: Digest = { ...sha256, size: 20 };
    expect(() => emptyRoot(liar)).toThrow('the sha256 digest returned 32 bytes but declares 20');
  });
});
