/**
 * The right edge ("frontier") of a Merkle tree: enough to append leaves and compute the root
 * without reading the rest of the tree. This is what the sequencer keeps between batches.
 *
 * A tree of size n is, left to right, a row of complete aligned subtrees whose sizes are the set
 * bits of n, largest first (size 13 = 8 + 4 + 1). The frontier holds their hashes in that order.
 * By RFC 9162 §2.1.1 MTH(D[0:n]) splits off the largest complete subtree on the left and recurses
 * on the rest, so the root is the frontier folded from the right.
 */

import { emptyRoot, hashChildren, type Digest } from './hasher.ts';
import { countOnes, isOdd, isTreeSize, type NodeId } from './tree-math.ts';

/** A complete interior node (level ≥ 1) that an append produced, for the caller to store. */
export interface CompletedNode extends NodeId {
  readonly hash: Uint8Array;
}

export interface AppendResult {
  readonly frontier: readonly Uint8Array[];
  readonly size: number;
  /** In order of completion: by the leaf that completed them, then by level. */
  readonly completedNodes: readonly CompletedNode[];
}

/** Which stored nodes make up the frontier of a tree of this size, largest first. */
export function frontierNodes(size: number): NodeId[] {
  checkSize(size);
  const nodes: NodeId[] = [];
  for (let level = 53; level >= 0; level--) {
    const count = Math.floor(size / 2 ** level);
    // Bit `level` of size is set: the subtree just before the last `size mod 2^level` leaves.
    if (isOdd(count)) nodes.push({ level, index: count - 1 });
  }
  return nodes;
}

export function appendLeaves(
  d: Digest,
  frontier: readonly Uint8Array[],
  size: number,
  leafHashes: readonly Uint8Array[],
): AppendResult {
  checkFrontier(d, frontier, size);
  if (!isTreeSize(size + leafHashes.length)) {
    throw new RangeError(`appending ${leafHashes.length} leaves to ${size} overflows the tree`);
  }
  const edge = [...frontier];
  const completedNodes: CompletedNode[] = [];
  let newSize = size;
  for (const [position, leafHash] of leafHashes.entries()) {
    checkHashLength(d, leafHash, `leaf hash ${position}`);
    // The new leaf has index newSize. While that index is odd at the current level, the node
    // is a right child: its left sibling is the smallest frontier subtree, and the pair
    // completes their parent one level up.
    let hash = leafHash;
    let level = 0;
    let index = newSize;
    while (isOdd(index)) {
      hash = hashChildren(d, edge.pop()!, hash);
      level++;
      index = (index - 1) / 2;
      completedNodes.push({ level, index, hash });
    }
    edge.push(hash);
    newSize++;
  }
  return { frontier: edge, size: newSize, completedNodes };
}

/** MTH(D[0:size]), from the frontier alone. */
export function rootOfFrontier(
  d: Digest,
  frontier: readonly Uint8Array[],
  size: number,
): Uint8Array {
  checkFrontier(d, frontier, size);
  let root = frontier.at(-1);
  if (root === undefined) return emptyRoot(d);
  for (let i = frontier.length - 2; i >= 0; i--) root = hashChildren(d, frontier[i]!, root);
  return root;
}

function checkSize(size: number): void {
  if (!isTreeSize(size)) throw new RangeError(`tree size ${size} is not a safe integer ≥ 0`);
}

function checkFrontier(d: Digest, frontier: readonly Uint8Array[], size: number): void {
  checkSize(size);
  const expected = countOnes(size);
  if (frontier.length !== expected) {
    throw new RangeError(
      `a tree of size ${size} has a frontier of ${expected} hashes, got ${frontier.length}`,
    );
  }
  frontier.forEach((hash, position) => checkHashLength(d, hash, `frontier hash ${position}`));
}

function checkHashLength(d: Digest, hash: Uint8Array, what: string): void {
  if (hash.length !== d.size) {
    throw new RangeError(`${what} has ${hash.length} bytes, ${d.algorithm} hashes have ${d.size}`);
  }
}
