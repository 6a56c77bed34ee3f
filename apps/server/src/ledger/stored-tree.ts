import { hashChildren, type Digest } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { readNodesAndLeaves } from './ledger.repository.ts';

/**
 * Storage keeps the leaf hash of every entry and the hash of every complete aligned
 * subtree from this level up. Lower subtrees (at most 15 leaves) are recomputed from leaf
 * hashes when a proof needs them: 1/16 of the node rows for a few extra hashes per proof.
 */
export const STORED_NODE_MIN_LEVEL = 4;

export interface NodeRef {
  readonly level: number;
  readonly index: number;
}

export type NodeLookup = (level: number, index: number) => Uint8Array;

const keyOf = (level: number, index: number) => `${level}:${index}`;

function subtreeRoot(digest: Digest, leaves: Uint8Array[]): Uint8Array {
  let layer = leaves;
  while (layer.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < layer.length; i += 2)
      next.push(hashChildren(digest, layer[i]!, layer[i + 1]!));
    layer = next;
  }
  return layer[0]!;
}

/**
 * Fetches the hashes of the given complete aligned subtrees in two queries (stored nodes,
 * and the leaf hashes under the low ones) and returns a synchronous lookup for the pure
 * proof builders. Asking the lookup for a node not fetched is a programming error.
 */
export async function loadNodes(
  db: DbOrTx,
  digest: Digest,
  logId: string,
  wanted: readonly NodeRef[],
): Promise<NodeLookup> {
  const found = new Map<string, Uint8Array>();
  const high = wanted.filter((node) => node.level >= STORED_NODE_MIN_LEVEL);
  const low = wanted.filter((node) => node.level < STORED_NODE_MIN_LEVEL);
  // Low nodes sit near the proven leaf and near the right edge: fetch exactly their leaves.
  const leafSeqs = [
    ...new Set(
      low.flatMap((node) =>
        Array.from({ length: 2 ** node.level }, (_, i) => node.index * 2 ** node.level + i),
      ),
    ),
  ];
  const { nodes, leaves } = await readNodesAndLeaves(db, logId, high, leafSeqs);
  for (const row of nodes) found.set(keyOf(row.level, row.index), row.hash);
  for (const node of low) {
    const first = node.index * 2 ** node.level;
    const span = Array.from({ length: 2 ** node.level }, (_, i) => leaves.get(first + i));
    if (span.every((leaf) => leaf !== undefined)) {
      found.set(keyOf(node.level, node.index), subtreeRoot(digest, span as Uint8Array[]));
    }
  }

  return (level, index) => {
    const hash = found.get(keyOf(level, index));
    if (!hash) throw new MissingNodeError(logId, level, index);
    return hash;
  };
}

/** A node the tree should have is absent: storage was tampered with or is incomplete. */
export class MissingNodeError extends Error {
  readonly logId: string;
  readonly level: number;
  readonly index: number;
  constructor(logId: string, level: number, index: number) {
    super(`ledger ${logId}: node level ${level} index ${index} is missing`);
    this.name = 'MissingNodeError';
    this.logId = logId;
    this.level = level;
    this.index = index;
  }
}
