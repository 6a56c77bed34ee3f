/**
 * Building inclusion and consistency proofs (RFC 9162 §2.1.3.1 and §2.1.4.1) from stored nodes.
 * A proof is a list of subtree hashes MTH(D[start:end]); the *Ranges functions say which ranges,
 * the allNodesFor* functions which stored nodes to fetch (in one query), and the build*
 * functions hash them into the proof.
 */

import type { Digest } from './hasher.ts';
import { nodesForRange, rangeHash, type NodeLookup } from './range-hash.ts';
import { isTreeSize, largestPowerOfTwoBelow, type NodeId } from './tree-math.ts';

/** The leaves [start, end) whose Merkle tree hash is one element of a proof. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/**
 * PATH(index, D[0:size]), lowest sibling first. The recursion of RFC 9162 §2.1.3.1 is unrolled
 * top-down: at each split the leaf's subtree is kept and its sibling is emitted, so the siblings
 * come out highest first and are reversed at the end.
 */
export function inclusionProofRanges(index: number, size: number): LeafRange[] {
  if (!(isTreeSize(size) && isTreeSize(index) && index < size)) {
    throw new RangeError(`leaf ${index} is not in a tree of size ${size}`);
  }
  const siblings: LeafRange[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const middle = start + largestPowerOfTwoBelow(end - start);
    if (index < middle) {
      siblings.push({ start: middle, end });
      end = middle;
    } else {
      siblings.push({ start, end: middle });
      start = middle;
    }
  }
  return siblings.reverse();
}

/**
 * PROOF(size1, D[0:size2]) = SUBPROOF(size1, D[0:size2], true), unrolled like PATH above. When
 * the recursion ends on a subtree that is exactly the old tree (it never went right), that
 * subtree's hash is the old root, which the verifier already has, so it is left out.
 */
export function consistencyProofRanges(size1: number, size2: number): LeafRange[] {
  checkConsistencySizes(size1, size2);
  const ranges: LeafRange[] = [];
  let start = 0;
  let end = size2;
  let isOldRoot = true;
  while (end !== size1) {
    const middle = start + largestPowerOfTwoBelow(end - start);
    if (size1 <= middle) {
      ranges.push({ start: middle, end });
      end = middle;
    } else {
      ranges.push({ start, end: middle });
      start = middle;
      isOldRoot = false;
    }
  }
  if (!isOldRoot) ranges.push({ start, end });
  return ranges.reverse();
}

export function buildInclusionProof(
  d: Digest,
  index: number,
  size: number,
  lookup: NodeLookup,
): Uint8Array[] {
  return hashRanges(d, inclusionProofRanges(index, size), lookup);
}

export function buildConsistencyProof(
  d: Digest,
  size1: number,
  size2: number,
  lookup: NodeLookup,
): Uint8Array[] {
  return hashRanges(d, consistencyProofRanges(size1, size2), lookup);
}

export function allNodesForInclusionProof(index: number, size: number): NodeId[] {
  return nodesForRanges(inclusionProofRanges(index, size));
}

export function allNodesForConsistencyProof(size1: number, size2: number): NodeId[] {
  return nodesForRanges(consistencyProofRanges(size1, size2));
}

function hashRanges(d: Digest, ranges: readonly LeafRange[], lookup: NodeLookup): Uint8Array[] {
  return ranges.map(({ start, end }) => rangeHash(d, start, end, lookup));
}

/** Nodes of all ranges, each once, in the order the ranges first need them. */
function nodesForRanges(ranges: readonly LeafRange[]): NodeId[] {
  const nodes = new Map<string, NodeId>();
  for (const { start, end } of ranges) {
    for (const node of nodesForRange(start, end)) nodes.set(`${node.level}:${node.index}`, node);
  }
  return [...nodes.values()];
}

// RFC 9162 §2.1.4 defines consistency proofs for 0 < first ≤ second only: every tree is an
// extension of the empty tree, so a proof from size 0 would prove nothing.
function checkConsistencySizes(size1: number, size2: number): void {
  if (!(isTreeSize(size1) && isTreeSize(size2))) {
    throw new RangeError(`tree sizes ${size1} and ${size2} are not safe integers ≥ 0`);
  }
  if (size1 === 0) throw new RangeError('there is no consistency proof from the empty tree');
  if (size1 > size2) {
    throw new RangeError(`tree size ${size1} cannot be consistent with the smaller ${size2}`);
  }
}
