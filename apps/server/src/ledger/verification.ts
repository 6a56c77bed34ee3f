import {
  appendLeaves,
  bytesEqual,
  rootOfFrontier,
  type Digest,
  type HashAlgorithm,
} from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { digestFor } from './digests.ts';
import * as repository from './ledger.repository.ts';
import { parseCheckpointNote, verifyCheckpointSignature } from './signing/index.ts';
import { STORED_NODE_MIN_LEVEL } from './stored-tree.ts';
import { createVerifyPool } from './verify-pool.ts';

export interface LogVerification {
  readonly logId: string;
  readonly ok: boolean;
  readonly entries: number;
  readonly checkpoints: number;
  /** The first sequence number at which the log is wrong. */
  readonly failedSeq?: number;
  readonly problem?: string;
  /** Roots recomputed from the leaves, at each checkpoint size (for --published checks). */
  readonly rootsAt: ReadonlyMap<number, Uint8Array>;
}

const PAGE = 10_000;

class Failure extends Error {
  readonly seq: number;
  constructor(seq: number, message: string) {
    super(message);
    this.seq = seq;
  }
}

/**
 * Recomputes one log from the database alone: every entry's canonical bytes and leaf hash,
 * every stored subtree hash, every checkpoint's root and signature. Successive checkpoints
 * are consistent when each root equals the root recomputed from the same verified leaves.
 * `extraSizes` asks for the recomputed roots at more sizes (published checkpoints).
 */
export async function verifyLog(
  db: DbOrTx,
  digest: Digest,
  logId: string,
  extraSizes: readonly number[] = [],
): Promise<LogVerification> {
  const pool = createVerifyPool();
  try {
    return await verifyWithPool(db, digest, logId, extraSizes, pool);
  } finally {
    await pool.close();
  }
}

async function verifyWithPool(
  db: DbOrTx,
  digest: Digest,
  logId: string,
  extraSizes: readonly number[],
  pool: ReturnType<typeof createVerifyPool>,
): Promise<LogVerification> {
  const keys = new Map((await repository.listKeys(db)).map((key) => [key.keyId, key]));
  const checkpoints = await repository.allCheckpoints(db, logId);
  const wantedSizes = [...new Set([...checkpoints.map((c) => c.treeSize), ...extraSizes])].sort(
    (a, b) => a - b,
  );
  const stored = new Map<string, Uint8Array>();
  for (const node of await repository.readNodesFrom(db, logId)) {
    stored.set(`${node.level}:${node.index}`, node.hash);
  }
  const rootsAt = new Map<number, Uint8Array>();
  if (wantedSizes.includes(0)) rootsAt.set(0, rootOfFrontier(digest, [], 0));

  let size = 0;
  let frontier: readonly Uint8Array[] = [];
  let matchedNodes = 0;
  // Per-entry checks run on worker threads while this thread rebuilds the tree.
  const entryChecks: Promise<{ seq: number; problem: string } | null>[] = [];
  let settledChecks = 0;
  let treeFailure: Failure | undefined;
  let wanted = 0;

  const appendChecked = (leaves: Uint8Array[]) => {
    const appended = appendLeaves(digest, frontier, size, leaves);
    for (const node of appended.completedNodes) {
      if (node.level < STORED_NODE_MIN_LEVEL) continue;
      const storedHash = stored.get(`${node.level}:${node.index}`);
      if (!storedHash || !bytesEqual(storedHash, node.hash)) {
        const first = node.index * 2 ** node.level;
        throw new Failure(
          first,
          `stored subtree hash (level ${node.level}, index ${node.index}) does not match entries ${first}–${(node.index + 1) * 2 ** node.level - 1}`,
        );
      }
      matchedNodes++;
    }
    frontier = appended.frontier;
    size = appended.size;
  };

  try {
    const end = await repository.logSize(db, logId);
    // Each page is asked for before the previous one is processed; a failure may leave one
    // request unanswered, whose error nobody needs.
    const prefetch = (from: number) => {
      const request = repository.readEntries(db, logId, from, from + PAGE);
      request.catch(() => {});
      return request;
    };
    let page = prefetch(0);
    while (size < end) {
      const rows = await page;
      if (rows.length === 0) throw new Failure(size, `entry ${size} is missing`);
      page = prefetch(size + PAGE);
      rows.forEach((row, i) => {
        if (row.seq !== size + i) throw new Failure(size + i, `entry ${size + i} is missing`);
      });
      const half = Math.ceil(rows.length / 2);
      for (const part of [rows.slice(0, half), rows.slice(half)]) {
        if (part.length === 0) continue;
        const packed = pool.pack(
          part[0]!.seq,
          part.map((row) => row.body),
          part.map((row) => row.leafHash),
        );
        entryChecks.push(pool.check({ algorithm: digest.algorithm, logId, ...packed }));
        // Back-pressure: never more than two chunks per worker waiting, or the whole log
        // would be read into memory ahead of the workers.
        if (entryChecks.length - settledChecks >= 2 * pool.size) {
          await entryChecks[settledChecks++];
        }
      }
      // The tree is rebuilt from the stored leaf hashes; the workers prove they are right.
      let offset = 0;
      while (offset < rows.length) {
        while (wanted < wantedSizes.length && wantedSizes[wanted]! <= size) wanted++;
        const stop = Math.min(rows.length, (wantedSizes[wanted] ?? Infinity) - size);
        appendChecked(rows.slice(offset, offset + stop).map((row) => row.leafHash));
        offset += stop;
        if (wantedSizes[wanted] === size) rootsAt.set(size, rootOfFrontier(digest, frontier, size));
      }
    }
    if (matchedNodes !== stored.size) {
      throw new Failure(
        size,
        `${stored.size - matchedNodes} stored subtree hashes cover no entries`,
      );
    }
    for (const checkpoint of checkpoints) {
      const failAt = Math.max(0, checkpoint.treeSize - 1);
      const root = rootsAt.get(checkpoint.treeSize);
      if (!root)
        throw new Failure(size, `checkpoint at size ${checkpoint.treeSize} is beyond the log`);
      if (!bytesEqual(root, checkpoint.rootHash)) {
        throw new Failure(failAt, `checkpoint at size ${checkpoint.treeSize} has another root`);
      }
      const key = keys.get(checkpoint.keyId);
      const note = parseNote(checkpoint.note);
      const signed =
        note &&
        key &&
        (key.algorithm === 'ed25519' || key.algorithm === 'sm2') &&
        note.logId === logId &&
        note.treeSize === checkpoint.treeSize &&
        bytesEqual(note.rootHash, root) &&
        verifyCheckpointSignature({
          note: checkpoint.note,
          signature: checkpoint.signature,
          algorithm: key.algorithm,
          publicKey: key.publicKey,
          keyId: key.keyId,
        });
      if (!signed) {
        throw new Failure(
          failAt,
          `checkpoint at size ${checkpoint.treeSize}: signature or note invalid`,
        );
      }
    }
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    treeFailure = error;
  }

  // The first wrong place wins, whichever check found it.
  const entryFailures = (await Promise.all(entryChecks)).filter((f) => f !== null);
  const failures = [
    ...entryFailures,
    ...(treeFailure ? [{ seq: treeFailure.seq, problem: treeFailure.message }] : []),
  ].sort((a, b) => a.seq - b.seq);
  const first = failures[0];
  return {
    logId,
    ok: !first,
    entries: size,
    checkpoints: checkpoints.length,
    ...(first ? { failedSeq: first.seq, problem: first.problem } : {}),
    rootsAt,
  };
}

function parseNote(note: Uint8Array) {
  try {
    return parseCheckpointNote(note);
  } catch {
    return undefined;
  }
}

/** Every log, each with the hash algorithm it was created with. */
export async function verifyAllLogs(db: DbOrTx): Promise<LogVerification[]> {
  const results: LogVerification[] = [];
  for (const log of await repository.listLogs(db)) {
    results.push(await verifyLog(db, digestFor(log.hashAlgorithm as HashAlgorithm), log.logId));
  }
  return results;
}

/**
 * Whether a log still contains the tree of a checkpoint published earlier (kept by an
 * outsider). Returns the problem, or null when the recomputed root at that size matches.
 * `verification` must have been run with the checkpoint's size among its `extraSizes`.
 */
export function publishedCheckpointProblem(
  verification: LogVerification,
  published: { treeSize: number; rootHash: Uint8Array; time: string },
): string | null {
  const root = verification.rootsAt.get(published.treeSize);
  if (!root) {
    return `published checkpoint at size ${published.treeSize} but the log has only ${verification.entries} entries (entries were removed)`;
  }
  if (!bytesEqual(root, published.rootHash)) {
    return `the tree at size ${published.treeSize} is not the one published at ${published.time} (history rewritten)`;
  }
  return null;
}
