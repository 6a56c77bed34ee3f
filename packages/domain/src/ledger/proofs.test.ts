import { describe, expect, it } from 'vitest';
import {
  allNodesForConsistencyProof,
  allNodesForInclusionProof,
  consistencyProofRanges,
  inclusionProofRanges,
} from './proofs.ts';
import { nodesForRange } from './range-hash.ts';

/**
 * The worked examples of RFC 9162 §2.1.5, on its tree of seven leaves d0…d6:
 *
 *               hash
 *              /    \
 *             k      l
 *            / \    / \
 *           g   h  i   j
 *          / \ / \ / \  |
 *          a b c d e f  d6
 */
const b = { start: 1, end: 2 };
const c = { start: 2, end: 3 };
const d = { start: 3, end: 4 };
const f = { start: 5, end: 6 };
const g = { start: 0, end: 2 };
const h = { start: 2, end: 4 };
const i = { start: 4, end: 6 };
const j = { start: 6, end: 7 };
const k = { start: 0, end: 4 };
const l = { start: 4, end: 7 };

describe('proof ranges on the RFC 9162 §2.1.5 example tree', () => {
  it('inclusion proofs', () => {
    expect(inclusionProofRanges(0, 7)).toEqual([b, h, l]);
    expect(inclusionProofRanges(3, 7)).toEqual([c, g, l]);
    expect(inclusionProofRanges(4, 7)).toEqual([f, j, k]);
    expect(inclusionProofRanges(6, 7)).toEqual([i, k]);
  });

  it('consistency proofs', () => {
    expect(consistencyProofRanges(3, 7)).toEqual([c, d, g, l]);
    expect(consistencyProofRanges(4, 7)).toEqual([l]);
    expect(consistencyProofRanges(6, 7)).toEqual([i, j, k]);
    expect(consistencyProofRanges(7, 7)).toEqual([]);
  });

  it('reads l = MTH(D[4:7]) from the complete nodes i and j', () => {
    expect(nodesForRange(4, 7)).toEqual([
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
    expect(allNodesForInclusionProof(0, 7)).toEqual([
      { level: 0, index: 1 },
      { level: 1, index: 1 },
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
    expect(allNodesForConsistencyProof(6, 7)).toEqual([
      { level: 1, index: 2 },
      { level: 0, index: 6 },
      { level: 2, index: 0 },
    ]);
  });

  it('splits an unaligned range down to complete nodes', () => {
    // Not needed by RFC proofs, but MTH(D[1:4]) still follows the recursion of §2.1.1, which
    // splits by position in the list, H(H(d1, d2), d3), so the stored node h = H(d2, d3) is no use.
    expect(nodesForRange(1, 4)).toEqual([
      { level: 0, index: 1 },
      { level: 0, index: 2 },
      { level: 0, index: 3 },
    ]);
  });
});

describe('proof ranges refuse impossible requests', () => {
  it.each([
    ['a leaf beyond the tree', () => inclusionProofRanges(7, 7)],
    ['a negative leaf', () => inclusionProofRanges(-1, 7)],
    ['a fractional size', () => inclusionProofRanges(0, 7.5)],
    ['a proof from the empty tree', () => consistencyProofRanges(0, 7)],
    ['a shrinking tree', () => consistencyProofRanges(7, 6)],
    ['an empty range', () => nodesForRange(3, 3)],
  ])('%s', (_, request) => {
    expect(request).toThrow(RangeError);
  });
});

describe('proofs in a tree beyond 2^32 leaves', () => {
  it('keep every bit of the indices', () => {
    const size = 2 ** 40 + 3;
    const ranges = inclusionProofRanges(2 ** 40 + 1, size);
    expect(ranges).toEqual([
      { start: 2 ** 40, end: 2 ** 40 + 1 },
      { start: 2 ** 40 + 2, end: 2 ** 40 + 3 },
      { start: 0, end: 2 ** 40 },
    ]);
    expect(allNodesForInclusionProof(2 ** 40 + 1, size)).toContainEqual({ level: 40, index: 0 });
  });
});
