import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendLeaves, rootOfFrontier } from './compact-range.ts';
import { hashLeaf, type Digest } from './hasher.ts';
import { ProofError, type ProofErrorCode } from './proof-error.ts';
import { buildConsistencyProof, buildInclusionProof } from './proofs.ts';
import { rootFromInclusionProof, verifyConsistency, verifyInclusion } from './verify.ts';

const sha256: Digest = {
  algorithm: 'sha256',
  size: 32,
  digest: (data) => new Uint8Array(createHash('sha256').update(data).digest()),
};

/** A tree of 7 leaves with every node stored, as the server would have it. */
const leaves = Array.from({ length: 7 }, (_, i) => hashLeaf(sha256, Uint8Array.of(i)));
const stored = new Map(leaves.map((hash, index) => [`0:${index}`, hash]));
for (const node of appendLeaves(sha256, [], 0, leaves).completedNodes) {
  stored.set(`${node.level}:${node.index}`, node.hash);
}
const lookup = (level: number, index: number) => stored.get(`${level}:${index}`)!;
const rootAt = (size: number) =>
  rootOfFrontier(sha256, appendLeaves(sha256, [], 0, leaves.slice(0, size)).frontier, size);

function refusal(check: () => void): { code: ProofErrorCode; message: string } {
  try {
    check();
  } catch (error) {
    if (error instanceof ProofError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the proof was accepted');
}

describe('verifyInclusion', () => {
  const proof = buildInclusionProof(sha256, 4, 7, lookup);
  const root = rootAt(7);

  it('accepts a good proof and computes its root', () => {
    expect(() => verifyInclusion(sha256, 4, 7, leaves[4]!, proof, root)).not.toThrow();
    expect(rootFromInclusionProof(sha256, 4, 7, leaves[4]!, proof)).toEqual(root);
  });

  it.each<[string, () => void, ProofErrorCode, string]>([
    [
      'a leaf beyond the tree',
      () => verifyInclusion(sha256, 7, 7, leaves[4]!, proof, root),
      'index_out_of_range',
      'leaf index 7 is not in a tree of size 7',
    ],
    [
      'the empty tree',
      () => verifyInclusion(sha256, 0, 0, leaves[0]!, [], root),
      'index_out_of_range',
      'leaf index 0 is not in a tree of size 0',
    ],
    [
      'a negative size',
      () => verifyInclusion(sha256, 0, -1, leaves[0]!, [], root),
      'invalid_tree_size',
      'tree size -1 is not a safe integer ≥ 0',
    ],
    [
      'a short leaf hash',
      () => verifyInclusion(sha256, 4, 7, leaves[4]!.slice(1), proof, root),
      'wrong_hash_length',
      'the leaf hash has 31 bytes, but sha256 hashes have 32',
    ],
    [
      'an empty proof hash',
      () =>
        verifyInclusion(sha256, 4, 7, leaves[4]!, [proof[0]!, new Uint8Array(0), proof[2]!], root),
      'wrong_hash_length',
      'proof hash 1 has 0 bytes, but sha256 hashes have 32',
    ],
    [
      'a missing proof hash',
      () => verifyInclusion(sha256, 4, 7, leaves[4]!, proof.slice(0, 2), root),
      'wrong_proof_length',
      'the proof has 2 hashes, but 3 are needed',
    ],
    [
      'an empty root',
      () => verifyInclusion(sha256, 4, 7, leaves[4]!, proof, new Uint8Array(0)),
      'wrong_hash_length',
      'the root has 0 bytes, but sha256 hashes have 32',
    ],
    [
      'another leaf',
      () => verifyInclusion(sha256, 4, 7, leaves[5]!, proof, root),
      'root_mismatch',
      'the inclusion proof leads to root ',
    ],
  ])('refuses %s', (_, check, code, message) => {
    const error = refusal(check);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });
});

describe('verifyConsistency', () => {
  const proof = buildConsistencyProof(sha256, 3, 7, lookup);

  it('accepts a good proof', () => {
    expect(() => verifyConsistency(sha256, 3, 7, proof, rootAt(3), rootAt(7))).not.toThrow();
  });

  it.each<[string, () => void, ProofErrorCode, string]>([
    [
      'a first tree larger than the second',
      () => verifyConsistency(sha256, 7, 3, proof, rootAt(7), rootAt(3)),
      'sizes_out_of_order',
      'the first tree (size 7) is larger than the second (size 3)',
    ],
    [
      'a proof from the empty tree, even an empty one',
      () => verifyConsistency(sha256, 0, 0, [], rootAt(0), rootAt(0)),
      'empty_tree_consistency',
      'a consistency proof from the empty tree (size 0) proves nothing',
    ],
    [
      'a non-empty proof between equal sizes',
      () => verifyConsistency(sha256, 7, 7, [rootAt(7)], rootAt(7), rootAt(7)),
      'wrong_proof_length',
      'the trees have the same size 7, so the proof must be empty, but it has 1 hashes',
    ],
    [
      'different roots for equal sizes',
      () => verifyConsistency(sha256, 7, 7, [], rootAt(7), rootAt(6)),
      'root_mismatch',
      'trees of the same size 7 have different roots',
    ],
    [
      'an empty proof between different sizes',
      () => verifyConsistency(sha256, 3, 7, [], rootAt(3), rootAt(7)),
      'wrong_proof_length',
      'the proof has 0 hashes, but 4 are needed',
    ],
    [
      'a short first root',
      () => verifyConsistency(sha256, 3, 7, proof, rootAt(3).slice(0, 16), rootAt(7)),
      'wrong_hash_length',
      'the first root has 16 bytes, but sha256 hashes have 32',
    ],
    [
      'the wrong first root',
      () => verifyConsistency(sha256, 3, 7, proof, rootAt(4), rootAt(7)),
      'root_mismatch',
      'the consistency proof leads to first root ',
    ],
    [
      'the wrong second root',
      () => verifyConsistency(sha256, 3, 7, proof, rootAt(3), rootAt(6)),
      'root_mismatch',
      'the consistency proof leads to second root ',
    ],
  ])('refuses %s', (_, check, code, message) => {
    const error = refusal(check);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });
});

describe('ProofError', () => {
  it('is an Error with a name and a code', () => {
    const error = new ProofError('root_mismatch', 'roots differ');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ProofError');
    expect(error.code).toBe('root_mismatch');
    expect(error.message).toBe('roots differ');
  });
});
