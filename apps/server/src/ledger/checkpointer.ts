import {
  buildConsistencyProof,
  allNodesForConsistencyProof,
  nodesForRange,
  rangeHash,
  verifyConsistency,
  type Digest,
} from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database.ts';
import * as repository from './ledger.repository.ts';
import { signCheckpoint, type Signer } from './signing/index.ts';
import { loadNodes } from './stored-tree.ts';

export interface CheckpointerOptions {
  readonly db: Db;
  readonly digest: Digest;
  readonly signer: Signer;
  readonly now: () => Date;
  /** A checkpoint that would not extend the previous one consistently. */
  readonly onInconsistency: (logId: string, error: unknown) => void;
}

/** The root of a log at `size`, from stored nodes. */
export async function rootAt(db: DbOrTx, digest: Digest, logId: string, size: number) {
  const lookup = await loadNodes(db, digest, logId, nodesForRange(0, size));
  return rangeHash(digest, 0, size, lookup);
}

/** A consistency proof between two sizes of a log, from stored nodes. */
export async function consistencyProofFromStorage(
  db: DbOrTx,
  digest: Digest,
  logId: string,
  size1: number,
  size2: number,
) {
  const lookup = await loadNodes(db, digest, logId, allNodesForConsistencyProof(size1, size2));
  return buildConsistencyProof(digest, size1, size2, lookup);
}

/**
 * Signs a checkpoint (size, root, time) of every log that has grown, at most once per
 * second per log. A new checkpoint is signed only if the tree at its size is consistent
 * with the previous checkpoint's signed root: a rewritten history is never signed.
 */
export function createCheckpointer({
  db,
  digest,
  signer,
  now,
  onInconsistency,
}: CheckpointerOptions) {
  async function checkpointLog(logId: string): Promise<boolean> {
    return db.transaction(async (tx) => {
      const [locked] = (
        (await tx.execute(
          sql`select pg_try_advisory_xact_lock(hashtext(${`checkpoint:${logId}`})) as ok`,
        )) as unknown as { rows: { ok: boolean }[] }
      ).rows;
      if (!locked?.ok) return false;
      const size = await repository.logSize(tx, logId);
      const previous = await repository.latestCheckpoint(tx, logId);
      if (size === 0 || (previous && previous.treeSize >= size)) return false;
      const time = now();
      if (previous && time.getTime() - previous.createdAt.getTime() < 1000) return false;

      const root = await rootAt(tx, digest, logId, size);
      if (previous) {
        try {
          const proof = await consistencyProofFromStorage(
            tx,
            digest,
            logId,
            previous.treeSize,
            size,
          );
          verifyConsistency(digest, previous.treeSize, size, proof, previous.rootHash, root);
        } catch (error) {
          onInconsistency(logId, error);
          return false;
        }
      }
      const signed = await signCheckpoint(signer, {
        logId,
        treeSize: size,
        rootHash: root,
        hashAlgorithm: digest.algorithm,
        time: time.toISOString(),
      });
      await repository.insertCheckpoint(tx, {
        logId,
        treeSize: size,
        rootHash: root,
        note: signed.note,
        signature: signed.signature,
        keyId: signed.keyId,
        createdAt: time,
      });
      return true;
    });
  }

  return {
    checkpointLog,
    async checkpointAll(): Promise<number> {
      let signed = 0;
      for (const log of await repository.listLogs(db)) {
        if (await checkpointLog(log.logId)) signed++;
      }
      return signed;
    },
  };
}

export type Checkpointer = ReturnType<typeof createCheckpointer>;
