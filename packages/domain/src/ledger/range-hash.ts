/**
 * MTH(D[start:end]) computed from stored nodes. Storage keeps only complete aligned subtrees
 * (and the leaf hashes), while proofs need the hashes of ranges such as D[4:7] whose right edge
 * is incomplete. Following the recursion of RFC 9162 §2.1.1, a range splits at the largest power
 * of two below its width until every part is a complete aligned node; for the ranges proofs use,
 * which start on a multiple of their largest part, that is the binary decomposition of the width.
 */

import { hashChildren, type Digest } from './hasher.ts';
import {
  bitLength,
  isPowerOfTwo,
  isTreeSize,
  largestPowerOfTwoBelow,
  type NodeId,
} from './tree-math.ts';

/** Returns the stored hash of a complete aligned node (level 0: the leaf hash). */
export type NodeLookup = (level: number, index: number) => Uint8Array;

/** The complete aligned nodes that rangeHash reads for D[start:end], left to right. */
export function nodesForRange(start: number, end: number): NodeId[] {
  checkRange(start, end);
  const nodes: NodeId[] = [];
  visitRange(start, end, (node) => nodes.push(node));
  return nodes;
}

export function rangeHash(d: Digest, start: number, end: number, lookup: NodeLookup): Uint8Array {
  checkRange(start, end);
  const readNode = ({ level, index }: NodeId): Uint8Array => {
    const hash = lookup(level, index);
    if (hash.length !== d.size) {
      throw new RangeError(
        `stored node (level ${level}, index ${index}) has ${hash.length} bytes, ` +
          `${d.algorithm} hashes have ${d.size}`,
      );
    }
    return hash;
  };
  return hashRange(d, start, end, readNode);
}

function hashRange(
  d: Digest,
  start: number,
  end: number,
  readNode: (node: NodeId) => Uint8Array,
): Uint8Array {
  const node = alignedNode(start, end);
  if (node) return readNode(node);
  const middle = start + largestPowerOfTwoBelow(end - start);
  return hashChildren(
    d,
    hashRange(d, start, middle, readNode),
    hashRange(d, middle, end, readNode),
  );
}

function visitRange(start: number, end: number, visit: (node: NodeId) => void): void {
  const node = alignedNode(start, end);
  if (node) {
    visit(node);
    return;
  }
  const middle = start + largestPowerOfTwoBelow(end - start);
  visitRange(start, middle, visit);
  visitRange(middle, end, visit);
}

/** The stored node covering exactly D[start:end], if there is one. */
function alignedNode(start: number, end: number): NodeId | undefined {
  const width = end - start;
  if (!isPowerOfTwo(width) || start % width !== 0) return undefined;
  return { level: bitLength(width) - 1, index: start / width };
}

function checkRange(start: number, end: number): void {
  if (!(isTreeSize(start) && isTreeSize(end) && start < end)) {
    throw new RangeError(`[${start}, ${end}) is not a non-empty range of leaf indices`);
  }
}
