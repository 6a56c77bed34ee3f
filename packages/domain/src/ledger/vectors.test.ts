/**
 * The RFC 9162 proof vectors of transparency-dev/merkle, kept in the repository's
 * testdata/merkle (origin and licence in its README), one case per file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesEqual, fromBase64 } from './bytes.ts';
import { appendLeaves, rootOfFrontier } from './compact-range.ts';
import { hashLeaf, type Digest } from './hasher.ts';
import { ProofError } from './proof-error.ts';
import { buildConsistencyProof, buildInclusionProof } from './proofs.ts';
import { verifyConsistency, verifyInclusion } from './verify.ts';

const sha256: Digest = {
  algorithm: 'sha256',
  size: 32,
  digest: (data) => new Uint8Array(createHash('sha256').update(data).digest()),
};

// This file is packages/domain/src/ledger/; four levels up is the repository.
const VECTORS = path.resolve(import.meta.dirname, '../../../../testdata/merkle');

function jsonFilesUnder(folder: string): string[] {
  return readdirSync(path.join(VECTORS, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.join(folder, file))
    .sort();
}

function readVector<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(VECTORS, file), 'utf8')) as T;
}

// Some files have null for an absent proof or hash: both mean empty.
const hash = (text: string | null): Uint8Array => fromBase64(text ?? '');
const hashes = (texts: readonly (string | null)[] | null): Uint8Array[] => (texts ?? []).map(hash);

interface InclusionVector {
  leafIdx: number;
  treeSize: number;
  root: string | null;
  leafHash: string | null;
  proof: (string | null)[] | null;
  desc: string;
  wantErr: boolean;
}

interface ConsistencyVector {
  size1: number;
  size2: number;
  root1: string | null;
  root2: string | null;
  proof: (string | null)[] | null;
  desc: string;
  wantErr: boolean;
}

const inclusionFiles = jsonFilesUnder('inclusion');
const consistencyFiles = jsonFilesUnder('consistency');

describe('inclusion vectors', () => {
  it('are all there', () => {
    expect(inclusionFiles.length).toBeGreaterThanOrEqual(98);
  });

  it.each(inclusionFiles)('%s', (file) => {
    const v = readVector<InclusionVector>(file);
    const verify = () =>
      verifyInclusion(
        sha256,
        v.leafIdx,
        v.treeSize,
        hash(v.leafHash),
        hashes(v.proof),
        hash(v.root),
      );
    if (v.wantErr) expect(verify).toThrow(ProofError);
    else expect(verify).not.toThrow();
  });
});

describe('consistency vectors', () => {
  it('are all there', () => {
    expect(consistencyFiles.length).toBeGreaterThanOrEqual(98);
  });

  it.each(consistencyFiles)('%s', (file) => {
    const v = readVector<ConsistencyVector>(file);
    const verify = () =>
      verifyConsistency(sha256, v.size1, v.size2, hashes(v.proof), hash(v.root1), hash(v.root2));
    if (v.wantErr) expect(verify).toThrow(ProofError);
    else expect(verify).not.toThrow();
  });
});

/**
 * The happy paths come from the 8-leaf test tree of RFC 6962 / transparency-dev/merkle, so the
 * proofs this library builds for that tree must be exactly the vectors' proofs.
 */
describe('proofs built for the vectors test tree', () => {
  const entries = [
    '',
    '00',
    '10',
    '2021',
    '3031',
    '40414243',
    '5051525354555657',
    '606162636465666768696a6b6c6d6e6f',
  ].map((hex) => Uint8Array.from(hex.match(/../g) ?? [], (byte) => parseInt(byte, 16)));
  const leafHashes = entries.map((entry) => hashLeaf(sha256, entry));
  const { completedNodes } = appendLeaves(sha256, [], 0, leafHashes);
  const stored = new Map<string, Uint8Array>();
  leafHashes.forEach((leafHash, index) => stored.set(`0:${index}`, leafHash));
  for (const node of completedNodes) stored.set(`${node.level}:${node.index}`, node.hash);
  const lookup = (level: number, index: number): Uint8Array => {
    const found = stored.get(`${level}:${index}`);
    if (!found) throw new Error(`node ${level}:${index} is not stored`);
    return found;
  };
  const rootAt = (size: number): Uint8Array => {
    const { frontier } = appendLeaves(sha256, [], 0, leafHashes.slice(0, size));
    return rootOfFrontier(sha256, frontier, size);
  };

  it.each(inclusionFiles.filter((file) => file.endsWith('happy-path.json')))('%s', (file) => {
    const v = readVector<InclusionVector>(file);
    expect(bytesEqual(rootAt(v.treeSize), hash(v.root))).toBe(true);
    expect(buildInclusionProof(sha256, v.leafIdx, v.treeSize, lookup)).toEqual(hashes(v.proof));
  });

  it.each(consistencyFiles.filter((file) => file.endsWith('happy-path.json')))('%s', (file) => {
    const v = readVector<ConsistencyVector>(file);
    expect(bytesEqual(rootAt(v.size1), hash(v.root1))).toBe(true);
    expect(bytesEqual(rootAt(v.size2), hash(v.root2))).toBe(true);
    expect(buildConsistencyProof(sha256, v.size1, v.size2, lookup)).toEqual(hashes(v.proof));
  });
});
