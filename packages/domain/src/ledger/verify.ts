/**
 * Verifying inclusion and consistency proofs, step by step as RFC 9162 §2.1.3.2 and §2.1.4.2
 * describe them, with the edge cases of transparency-dev/merkle. Every failure throws a
 * ProofError; success returns nothing.
 *
 * Before running the RFC algorithms the inputs are checked for shape (sizes, hash lengths and
 * the exact proof length), so that a malformed proof is reported as what it is rather than as a
 * root mismatch. The RFC's own checks on sn are kept as well: they are the specification.
 */

import { bytesEqual, toHex } from './bytes.ts';
import { hashChildren, type Digest } from './hasher.ts';
import { ProofError } from './proof-error.ts';
import {
  consistencyProofLength,
  inclusionProofLength,
  isOdd,
  isPowerOfTwo,
  isTreeSize,
} from './tree-math.ts';

/** The root that the inclusion proof leads to (RFC 9162 §2.1.3.2 steps 1–4 and sn = 0). */
export function rootFromInclusionProof(
  d: Digest,
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
): Uint8Array {
  checkTreeSize(size, 'tree size');
  if (!isTreeSize(index) || index >= size) {
    throw new ProofError(
      'index_out_of_range',
      `leaf index ${index} is not in a tree of size ${size}`,
    );
  }
  checkHashLength(d, leafHash, 'the leaf hash');
  checkProofShape(d, proof, inclusionProofLength(index, size));

  // Step 2: fn walks up the path of the leaf, sn up the path of the last leaf.
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    // Step 4a: the last leaf's path has reached the root: the proof is too long.
    if (sn === 0) throw proofTooLong();
    if (isOdd(fn) || fn === sn) {
      // Step 4b: p is a left sibling. Where fn is even (fn == sn, the right edge of the tree)
      // the levels where the node has no sibling are skipped.
      r = hashChildren(d, p, r);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashChildren(d, r, p);
    }
    // Step 4c.
    fn = half(fn);
    sn = half(sn);
  }
  // Step 5: the proof must reach the root.
  if (sn !== 0) throw proofTooShort();
  return r;
}

export function verifyInclusion(
  d: Digest,
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): void {
  const calculated = rootFromInclusionProof(d, index, size, leafHash, proof);
  checkHashLength(d, root, 'the root');
  if (!bytesEqual(calculated, root)) {
    throw new ProofError(
      'root_mismatch',
      `the inclusion proof leads to root ${toHex(calculated)}, not to ${toHex(root)}`,
    );
  }
}

export function verifyConsistency(
  d: Digest,
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): void {
  checkTreeSize(size1, 'first tree size');
  checkTreeSize(size2, 'second tree size');
  if (size1 > size2) {
    throw new ProofError(
      'sizes_out_of_order',
      `the first tree (size ${size1}) is larger than the second (size ${size2})`,
    );
  }
  // RFC 9162 §2.1.4 defines proofs for 0 < first only. Every tree extends the empty tree, so
  // "consistent with size 0" proves nothing, and a caller asking for it has a bug; this holds
  // even for 0 → 0, as in transparency-dev/merkle.
  if (size1 === 0) {
    throw new ProofError(
      'empty_tree_consistency',
      'a consistency proof from the empty tree (size 0) proves nothing and is refused',
    );
  }
  if (size1 === size2) {
    // Same tree: nothing to prove but that the roots are the same. As in transparency-dev/merkle
    // (and its test vector "sizes are equal (one) and proof is empty"), root lengths are not
    // checked here: two equal roots are accepted whatever their length.
    if (proof.length !== 0) {
      throw new ProofError(
        'wrong_proof_length',
        `the trees have the same size ${size1}, so the proof must be empty, but it has ` +
          `${proof.length} hashes`,
      );
    }
    if (!bytesEqual(root1, root2)) {
      throw new ProofError(
        'root_mismatch',
        `trees of the same size ${size1} have different roots ${toHex(root1)} and ${toHex(root2)}`,
      );
    }
    return;
  }
  checkHashLength(d, root1, 'the first root');
  checkHashLength(d, root2, 'the second root');
  checkProofShape(d, proof, consistencyProofLength(size1, size2));

  // Step 1.
  if (proof.length === 0) throw proofTooShort();
  // Step 2: when the old tree is one complete subtree, its root is the first node of the path.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  // Step 3.
  let fn = size1 - 1;
  let sn = size2 - 1;
  // Step 4: skip the levels inside the complete subtree that ends at the old tree's last leaf.
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // Step 5: fr rebuilds the old root, sr the new one.
  let fr = path[0]!;
  let sr = fr;
  // Step 6.
  for (const c of path.slice(1)) {
    if (sn === 0) throw proofTooLong();
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(d, c, fr);
      sr = hashChildren(d, c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      // c lies right of the old tree: it belongs to the new tree only.
      sr = hashChildren(d, sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // Step 7.
  if (sn !== 0) throw proofTooShort();
  if (!bytesEqual(fr, root1)) {
    throw new ProofError(
      'root_mismatch',
      `the consistency proof leads to first root ${toHex(fr)}, not to ${toHex(root1)}`,
    );
  }
  if (!bytesEqual(sr, root2)) {
    throw new ProofError(
      'root_mismatch',
      `the consistency proof leads to second root ${toHex(sr)}, not to ${toHex(root2)}`,
    );
  }
}

function half(n: number): number {
  return Math.floor(n / 2);
}

function checkTreeSize(size: number, what: string): void {
  if (!isTreeSize(size)) {
    throw new ProofError('invalid_tree_size', `${what} ${size} is not a safe integer ≥ 0`);
  }
}

function checkProofShape(d: Digest, proof: readonly Uint8Array[], expectedLength: number): void {
  if (proof.length !== expectedLength) {
    throw new ProofError(
      'wrong_proof_length',
      `the proof has ${proof.length} hashes, but ${expectedLength} are needed`,
    );
  }
  proof.forEach((hash, position) => checkHashLength(d, hash, `proof hash ${position}`));
}

function checkHashLength(d: Digest, hash: Uint8Array, what: string): void {
  if (hash.length !== d.size) {
    throw new ProofError(
      'wrong_hash_length',
      `${what} has ${hash.length} bytes, but ${d.algorithm} hashes have ${d.size}`,
    );
  }
}

function proofTooLong(): ProofError {
  return new ProofError('wrong_proof_length', 'the proof has more hashes than the path needs');
}

function proofTooShort(): ProofError {
  return new ProofError('wrong_proof_length', 'the proof has fewer hashes than the path needs');
}
