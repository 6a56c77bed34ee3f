/**
 * Property tests of the whole Merkle library against a naive reference: MTH, PATH and SUBPROOF
 * written straight from the recursive definitions of RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1,
 * sharing no code with the library beyond the two hash primitives.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from './bytes.ts';
import {
  appendLeaves,
  frontierNodes,
  rootOfFrontier,
  type CompletedNode,
} from './compact-range.ts';
import { emptyRoot, hashChildren, hashLeaf, type Digest, type HashAlgorithm } from './hasher.ts';
import { ProofError } from './proof-error.ts';
import {
  allNodesForConsistencyProof,
  allNodesForInclusionProof,
  buildConsistencyProof,
  buildInclusionProof,
  consistencyProofRanges,
  inclusionProofRanges,
  type LeafRange,
} from './proofs.ts';
import { nodesForRange, rangeHash } from './range-hash.ts';
import { consistencyProofLength, inclusionProofLength } from './tree-math.ts';
import { rootFromInclusionProof, verifyConsistency, verifyInclusion } from './verify.ts';

function nodeDigest(algorithm: HashAlgorithm): Digest {
  return {
    algorithm,
    size: 32,
    digest: (data) => new Uint8Array(createHash(algorithm).update(data).digest()),
  };
}

const sha256 = nodeDigest('sha256');
const sm3 = nodeDigest('sm3');

const MAX_SIZE = 300;
const RUNS = 200;

/** The reference tree: leaves are distinct, so distinct ranges never share a hash. */
class ReferenceTree {
  readonly d: Digest;
  readonly size: number;
  readonly leafHashes: Uint8Array[];
  private readonly cache = new Map<string, Uint8Array>();

  constructor(d: Digest, size: number, seed = 0) {
    this.d = d;
    this.size = size;
    this.leafHashes = Array.from({ length: size }, (_, i) =>
      hashLeaf(d, new TextEncoder().encode(`entry ${seed}/${i}`)),
    );
  }

  /** MTH(D[start:end]) by the recursive definition. */
  mth(start: number, end: number): Uint8Array {
    const key = `${start}:${end}`;
    let hash = this.cache.get(key);
    if (!hash) {
      const n = end - start;
      if (n === 0) hash = emptyRoot(this.d);
      else if (n === 1) hash = this.leafHashes[start]!;
      else {
        const k = splitPoint(n);
        hash = hashChildren(this.d, this.mth(start, start + k), this.mth(start + k, end));
      }
      this.cache.set(key, hash);
    }
    return hash;
  }

  root(size = this.size): Uint8Array {
    return this.mth(0, size);
  }

  hashes(ranges: readonly LeafRange[]): Uint8Array[] {
    return ranges.map(({ start, end }) => this.mth(start, end));
  }

  /** Every complete aligned subtree of the tree, as storage would hold it. */
  completeNodes(minLevel = 0): CompletedNode[] {
    const nodes: CompletedNode[] = [];
    for (let level = minLevel; 2 ** level <= this.size; level++) {
      const width = 2 ** level;
      for (let index = 0; (index + 1) * width <= this.size; index++) {
        nodes.push({ level, index, hash: this.mth(index * width, (index + 1) * width) });
      }
    }
    return nodes;
  }

  /**
   * A lookup that only answers for the given nodes, to prove a prefetch list is complete, and
   * only for nodes complete in a tree of the given size, as storage would.
   */
  lookupOnly(allowed: readonly { level: number; index: number }[], size = this.size) {
    const allowedKeys = new Set(allowed.map(({ level, index }) => `${level}:${index}`));
    return (level: number, index: number): Uint8Array => {
      const width = 2 ** level;
      if (!allowedKeys.has(`${level}:${index}`)) throw new Error(`${level}:${index} not fetched`);
      if ((index + 1) * width > size) throw new Error(`${level}:${index} is not complete`);
      return this.mth(index * width, (index + 1) * width);
    };
  }
}

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** PATH(m, D[start:end]) as leaf ranges (RFC 9162 §2.1.3.1), m relative to start. */
function referencePath(m: number, start: number, end: number): LeafRange[] {
  const n = end - start;
  if (n === 1) return [];
  const k = splitPoint(n);
  return m < k
    ? [...referencePath(m, start, start + k), { start: start + k, end }]
    : [...referencePath(m - k, start + k, end), { start, end: start + k }];
}

/** SUBPROOF(m, D[start:end], b) as leaf ranges (RFC 9162 §2.1.4.1), m relative to start. */
function referenceSubproof(m: number, start: number, end: number, b: boolean): LeafRange[] {
  const n = end - start;
  if (m === n) return b ? [] : [{ start, end }];
  const k = splitPoint(n);
  return m <= k
    ? [...referenceSubproof(m, start, start + k, b), { start: start + k, end }]
    : [...referenceSubproof(m - k, start + k, end, false), { start, end: start + k }];
}

const isPowerOfTwo = (n: number): boolean => n >= 1 && (n & (n - 1)) === 0;

/**
 * What the verifier does with an inclusion proof is fixed by which side each proof hash is on.
 * With the same hashes, two (index, size) pairs with the same sides compute the same root, so
 * a verifier cannot tell them apart; any other pair must be refused. Null: no valid proof.
 */
function inclusionShape(index: number, size: number): string | null {
  if (!(index >= 0 && index < size)) return null;
  return referencePath(index, 0, size)
    .map(({ start }) => (start < index ? 'L' : 'R'))
    .join('');
}

/**
 * The same for consistency proofs: where the seed comes from (the old root when the old tree is
 * a complete subtree, else the first proof hash) and the side of every other hash.
 */
function consistencyShape(size1: number, size2: number): string | null {
  if (!(size1 > 0 && size1 < size2)) return null;
  const ranges = referenceSubproof(size1, 0, size2, true);
  const fromOldRoot = isPowerOfTwo(size1);
  const seed = fromOldRoot ? { start: 0, end: size1 } : ranges[0]!;
  const others = fromOldRoot ? ranges : ranges.slice(1);
  const sides = others.map(({ start }) => (start < seed.start ? 'L' : 'R')).join('');
  return `${fromOldRoot ? 'root' : 'proof'}:${sides}`;
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[Math.floor(bit / 8) % copy.length]! ^= 1 << (bit % 8);
  return copy;
}

const treeSize = fc.integer({ min: 1, max: MAX_SIZE });
const leafInTree = treeSize.chain((size) =>
  fc.record({ size: fc.constant(size), index: fc.nat({ max: size - 1 }) }),
);
const sizePair = fc
  .tuple(treeSize, treeSize)
  .map(([a, b]) => ({ size1: Math.min(a, b), size2: Math.max(a, b) }));
const growingSizePair = fc
  .tuple(fc.integer({ min: 1, max: MAX_SIZE - 1 }), fc.integer({ min: 1, max: MAX_SIZE - 1 }))
  .map(([a, b]) => ({ size1: a, size2: a + b }))
  .filter(({ size2 }) => size2 <= MAX_SIZE);
const seed = fc.nat();

describe('inclusion proofs', () => {
  it('equal the reference PATH, use only the prefetched nodes and verify', () => {
    fc.assert(
      fc.property(leafInTree, seed, ({ size, index }, s) => {
        const tree = new ReferenceTree(sha256, size, s);
        const ranges = inclusionProofRanges(index, size);
        expect(ranges).toEqual(referencePath(index, 0, size));
        expect(inclusionProofLength(index, size)).toBe(ranges.length);
        const lookup = tree.lookupOnly(allNodesForInclusionProof(index, size));
        const proof = buildInclusionProof(sha256, index, size, lookup);
        expect(proof).toEqual(tree.hashes(ranges));
        const leafHash = tree.leafHashes[index]!;
        expect(rootFromInclusionProof(sha256, index, size, leafHash, proof)).toEqual(tree.root());
        verifyInclusion(sha256, index, size, leafHash, proof, tree.root());
      }),
      { numRuns: RUNS },
    );
  });

  it('are refused after any change, unless the change keeps the proof shape', () => {
    fc.assert(
      fc.property(leafInTree, seed, fc.nat(), ({ size, index }, s, bit) => {
        const tree = new ReferenceTree(sha256, size + 1, s);
        const root = tree.root(size);
        const leafHash = tree.leafHashes[index]!;
        const proof = tree.hashes(referencePath(index, 0, size));
        const refuses = (
          i: number,
          n: number,
          leaf: Uint8Array,
          p: Uint8Array[],
          r: Uint8Array,
        ): boolean => {
          try {
            verifyInclusion(sha256, i, n, leaf, p, r);
            return false;
          } catch (error) {
            expect(error).toBeInstanceOf(ProofError);
            return true;
          }
        };
        expect(refuses(index, size, leafHash, proof, root)).toBe(false);
        for (let i = 0; i < proof.length; i++) {
          const tampered = proof.map((hash, j) => (j === i ? flipBit(hash, bit + j) : hash));
          expect(refuses(index, size, leafHash, tampered, root)).toBe(true);
        }
        expect(refuses(index, size, flipBit(leafHash, bit), proof, root)).toBe(true);
        expect(refuses(index, size, leafHash, proof, flipBit(root, bit))).toBe(true);
        if (proof.length > 0) {
          expect(refuses(index, size, leafHash, proof.slice(1), root)).toBe(true);
        }
        expect(refuses(index, size, leafHash, [...proof, root], root)).toBe(true);
        expect(refuses(index, size, leafHash, proof, tree.root(size + 1))).toBe(true);
        const shape = inclusionShape(index, size);
        for (const [i, n] of [
          [index - 1, size],
          [index + 1, size],
          [index, size - 1],
          [index, size + 1],
        ] as const) {
          expect(refuses(i, n, leafHash, proof, root)).toBe(inclusionShape(i, n) !== shape);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('example: a proof for leaf 0 of 3 also verifies as leaf 0 of 4, as the RFC allows', () => {
    // The proof [b, c] has the same shape in both trees; only the signed tree head binds the
    // size. Kept as a reminder that a proof must always be checked against a signed size.
    const tree = new ReferenceTree(sha256, 3);
    const proof = tree.hashes(referencePath(0, 0, 3));
    expect(() =>
      verifyInclusion(sha256, 0, 4, tree.leafHashes[0]!, proof, tree.root()),
    ).not.toThrow();
  });
});

describe('consistency proofs', () => {
  it('equal the reference SUBPROOF, use only the prefetched nodes and verify', () => {
    fc.assert(
      fc.property(sizePair, seed, ({ size1, size2 }, s) => {
        const tree = new ReferenceTree(sha256, size2, s);
        const ranges = consistencyProofRanges(size1, size2);
        expect(ranges).toEqual(referenceSubproof(size1, 0, size2, true));
        expect(consistencyProofLength(size1, size2)).toBe(ranges.length);
        const lookup = tree.lookupOnly(allNodesForConsistencyProof(size1, size2));
        const proof = buildConsistencyProof(sha256, size1, size2, lookup);
        expect(proof).toEqual(tree.hashes(ranges));
        verifyConsistency(sha256, size1, size2, proof, tree.root(size1), tree.root(size2));
      }),
      { numRuns: RUNS },
    );
  });

  it('are refused after any change, unless the change keeps the proof shape', () => {
    fc.assert(
      fc.property(growingSizePair, seed, fc.nat(), ({ size1, size2 }, s, bit) => {
        const tree = new ReferenceTree(sha256, size2, s);
        const root1 = tree.root(size1);
        const root2 = tree.root(size2);
        const proof = tree.hashes(referenceSubproof(size1, 0, size2, true));
        const refuses = (
          m: number,
          n: number,
          p: Uint8Array[],
          r1: Uint8Array,
          r2: Uint8Array,
        ): boolean => {
          try {
            verifyConsistency(sha256, m, n, p, r1, r2);
            return false;
          } catch (error) {
            expect(error).toBeInstanceOf(ProofError);
            return true;
          }
        };
        expect(refuses(size1, size2, proof, root1, root2)).toBe(false);
        for (let i = 0; i < proof.length; i++) {
          const tampered = proof.map((hash, j) => (j === i ? flipBit(hash, bit + j) : hash));
          expect(refuses(size1, size2, tampered, root1, root2)).toBe(true);
        }
        expect(refuses(size1, size2, proof, flipBit(root1, bit), root2)).toBe(true);
        expect(refuses(size1, size2, proof, root1, flipBit(root2, bit))).toBe(true);
        expect(refuses(size1, size2, proof, root2, root1)).toBe(true);
        expect(refuses(size1, size2, proof.slice(1), root1, root2)).toBe(true);
        expect(refuses(size1, size2, [...proof, root1], root1, root2)).toBe(true);
        const shape = consistencyShape(size1, size2);
        for (const [m, n] of [
          [size1 - 1, size2],
          [size1 + 1, size2],
          [size1, size2 - 1],
          [size1, size2 + 1],
        ] as const) {
          expect(refuses(m, n, proof, root1, root2)).toBe(consistencyShape(m, n) !== shape);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('between equal sizes are empty and need equal roots', () => {
    const tree = new ReferenceTree(sha256, 5);
    expect(consistencyProofRanges(5, 5)).toEqual([]);
    expect(() => verifyConsistency(sha256, 5, 5, [], tree.root(), tree.root())).not.toThrow();
    expect(() => verifyConsistency(sha256, 5, 5, [], tree.root(), tree.root(4))).toThrow(
      ProofError,
    );
    expect(() => verifyConsistency(sha256, 5, 5, [tree.root()], tree.root(), tree.root())).toThrow(
      ProofError,
    );
  });
});

describe('compact range', () => {
  it('gives the reference root at every size and completes every interior node once', () => {
    const tree = new ReferenceTree(sha256, MAX_SIZE);
    let frontier: readonly Uint8Array[] = [];
    const completed: CompletedNode[] = [];
    expect(rootOfFrontier(sha256, frontier, 0)).toEqual(emptyRoot(sha256));
    for (let size = 0; size < MAX_SIZE; size++) {
      const result = appendLeaves(sha256, frontier, size, [tree.leafHashes[size]!]);
      frontier = result.frontier;
      completed.push(...result.completedNodes);
      expect(rootOfFrontier(sha256, frontier, size + 1)).toEqual(tree.root(size + 1));
    }
    expect(completed).toEqual(byCompletion(tree.completeNodes(1)));
  });

  it('appends random batches like the reference', () => {
    const batches = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(batches, seed, (batchSizes, s) => {
        const total = batchSizes.reduce((sum, n) => sum + n, 0);
        const tree = new ReferenceTree(sha256, total, s);
        let frontier: readonly Uint8Array[] = [];
        let size = 0;
        const completed: CompletedNode[] = [];
        for (const batchSize of batchSizes) {
          const batch = tree.leafHashes.slice(size, size + batchSize);
          const result = appendLeaves(sha256, frontier, size, batch);
          expect(result.size).toBe(size + batchSize);
          ({ frontier, size } = result);
          completed.push(...result.completedNodes);
          expect(rootOfFrontier(sha256, frontier, size)).toEqual(tree.root(size));
          // The frontier is exactly the stored nodes that frontierNodes names.
          const stored = tree.lookupOnly(frontierNodes(size), size);
          expect(frontier).toEqual(frontierNodes(size).map((n) => stored(n.level, n.index)));
        }
        expect(completed).toEqual(byCompletion(tree.completeNodes(1)));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a frontier that does not fit the size', () => {
    const tree = new ReferenceTree(sha256, 3);
    const { frontier } = appendLeaves(sha256, [], 0, tree.leafHashes);
    expect(() => appendLeaves(sha256, frontier, 4, [])).toThrow(RangeError);
    expect(() => rootOfFrontier(sha256, [...frontier, tree.root()], 3)).toThrow(RangeError);
    expect(() => appendLeaves(sha256, frontier, 3, [new Uint8Array(31)])).toThrow(RangeError);
  });
});

/** Ordered as appending produces them: by the leaf that completes them, then by level. */
function byCompletion(nodes: CompletedNode[]): CompletedNode[] {
  const end = (n: CompletedNode) => (n.index + 1) * 2 ** n.level;
  return [...nodes].sort((a, b) => end(a) - end(b) || a.level - b.level);
}

describe('range hash', () => {
  it('equals the reference MTH for every range a proof can ask for', () => {
    fc.assert(
      fc.property(sizePair, seed, ({ size1, size2 }, s) => {
        const tree = new ReferenceTree(sha256, size2, s);
        const ranges = [
          ...referenceSubproof(size1, 0, size2, true),
          ...referencePath(size1 - 1, 0, size2),
          { start: 0, end: size2 },
        ];
        for (const { start, end } of ranges) {
          const lookup = tree.lookupOnly(nodesForRange(start, end));
          expect(toHex(rangeHash(sha256, start, end, lookup))).toBe(toHex(tree.mth(start, end)));
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('with SM3', () => {
  it('builds, appends and verifies like the reference', () => {
    fc.assert(
      fc.property(growingSizePair, seed, ({ size1, size2 }, s) => {
        const tree = new ReferenceTree(sm3, size2, s);
        const { frontier } = appendLeaves(sm3, [], 0, tree.leafHashes);
        expect(rootOfFrontier(sm3, frontier, size2)).toEqual(tree.root());
        const index = s % size2;
        const lookupAll = tree.lookupOnly(tree.completeNodes());
        const inclusion = buildInclusionProof(sm3, index, size2, lookupAll);
        expect(inclusion).toEqual(tree.hashes(referencePath(index, 0, size2)));
        verifyInclusion(sm3, index, size2, tree.leafHashes[index]!, inclusion, tree.root());
        const consistency = buildConsistencyProof(sm3, size1, size2, lookupAll);
        verifyConsistency(sm3, size1, size2, consistency, tree.root(size1), tree.root());
        // An SHA-256 verifier must not accept it.
        expect(() =>
          verifyConsistency(sha256, size1, size2, consistency, tree.root(size1), tree.root()),
        ).toThrow(ProofError);
      }),
      { numRuns: 50 },
    );
  });
});
