import { allNodesForInclusionProof, buildInclusionProof, type HashAlgorithm } from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/actor.ts';
import { supervisedAgencyIds } from '../access/access.repository.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { BUNDLE_FORMAT, type Bundle } from './bundle.ts';
import { consistencyProofFromStorage } from './checkpointer.ts';
import { toCheckpointView } from './checkpoint-view.ts';
import { digestFor } from './digests.ts';
import * as repository from './ledger.repository.ts';
import { agencyOfLog } from './log-id.ts';
import { loadNodes } from './stored-tree.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Reads for the public portal (checkpoints, proofs of hashes only) and for auditors. */
export function createLedgerReader(db: Db) {
  async function logOrThrow(logId: string) {
    const log = await repository.findLog(db, logId);
    if (!log) throw problems.notFound('该日志');
    return { ...log, digest: digestFor(log.hashAlgorithm as HashAlgorithm) };
  }

  /** Views of checkpoints; the (few) signing keys are read once per call, not per row. */
  async function checkpointViews(rows: readonly repository.CheckpointRow[]) {
    if (rows.length === 0) return [];
    const keys = new Map((await repository.listKeys(db)).map((key) => [key.keyId, key]));
    return rows.map((row) => {
      const key = keys.get(row.keyId);
      if (!key) throw new Error(`checkpoint signed by unknown key ${row.keyId}`);
      return toCheckpointView(row, key);
    });
  }

  async function checkpointView(row: repository.CheckpointRow) {
    const [view] = await checkpointViews([row]);
    return view!;
  }

  return {
    async logs() {
      const logs = await repository.listLogs(db);
      const latest = await Promise.all(
        logs.map((log) => repository.latestCheckpoint(db, log.logId)),
      );
      const views = await checkpointViews(latest.filter((row) => row !== undefined));
      const viewOf = new Map(views.map((view) => [view.logId, view]));
      return logs.map((log) => ({
        logId: log.logId,
        agencyId: log.agencyId,
        hashAlgorithm: log.hashAlgorithm as HashAlgorithm,
        latestCheckpoint: viewOf.get(log.logId) ?? null,
      }));
    },

    async keys() {
      return (await repository.listKeys(db)).map((key) => ({
        keyId: key.keyId,
        algorithm: key.algorithm as 'ed25519' | 'sm2',
        publicKey: key.publicKey,
        createdAt: key.createdAt.toISOString(),
      }));
    },

    async latestCheckpoint(logId: string) {
      await logOrThrow(logId);
      const latest = await repository.latestCheckpoint(db, logId);
      if (!latest) throw problems.notFound('该日志的签名检查点');
      return checkpointView(latest);
    },

    async checkpoints(logId: string, beforeSize: number | undefined, limit: number) {
      await logOrThrow(logId);
      const rows = await repository.listCheckpoints(db, logId, beforeSize, limit);
      return checkpointViews(rows);
    },

    /** Proof that the tree at `from` is a prefix of the tree at `to` (both ≤ latest checkpoint). */
    async consistency(logId: string, from: number, to: number) {
      const log = await logOrThrow(logId);
      const latest = await repository.latestCheckpoint(db, logId);
      if (!latest || to > latest.treeSize || from < 1 || from > to) {
        throw problems.unprocessable(
          'ledger-size-out-of-range',
          '树大小超出范围',
          `起止大小须满足 1 ≤ from ≤ to ≤ ${latest?.treeSize ?? 0}（最新签名检查点）。`,
        );
      }
      const proof = await consistencyProofFromStorage(db, log.digest, logId, from, to);
      return { logId, from, to, proof: proof.map(b64) };
    },

    /** For a signed-in user: the same bundle, if they may read this log's entries. */
    async bundleFor(actor: Actor, logId: string, seq: number, checkpointSize?: number) {
      if (!(await mayReadEntries(db, actor, logId))) throw problems.notFound('该日志');
      return bundle(logId, seq, checkpointSize);
    },

    bundle,
  };

  /** One entry with its inclusion proof to a checkpoint (default: the latest). */
  async function bundle(logId: string, seq: number, checkpointSize?: number): Promise<Bundle> {
    const log = await logOrThrow(logId);
    const entry = await repository.readEntry(db, logId, seq);
    if (!entry) throw problems.notFound('该日志条目');
    const checkpoint =
      checkpointSize === undefined
        ? await repository.latestCheckpoint(db, logId)
        : await repository.findCheckpoint(db, logId, checkpointSize);
    if (!checkpoint && checkpointSize !== undefined) throw problems.notFound('该签名检查点');
    if (!checkpoint || checkpoint.treeSize <= seq) {
      throw problems.conflict(
        'ledger-entry-not-checkpointed',
        '条目尚未签名',
        '该条目尚未被签名检查点覆盖（每秒签名一次），请稍后重试。',
      );
    }
    const lookup = await loadNodes(
      db,
      log.digest,
      logId,
      allNodesForInclusionProof(seq, checkpoint.treeSize),
    );
    const proof = buildInclusionProof(log.digest, seq, checkpoint.treeSize, lookup);
    return {
      format: BUNDLE_FORMAT,
      logId,
      seq,
      entry: b64(entry.body),
      leafHash: b64(entry.leafHash),
      inclusionProof: proof.map(b64),
      checkpoint: await checkpointView(checkpoint),
    };
  }
}

/**
 * Entries name people and acts (case names with parties, usernames, addresses), so they are
 * not public: platform administrators read every log; a supervisor the logs of the agencies
 * assigned to him (never `platform`, which holds every agency's administration); an agency's
 * administrator and head their agency's.
 */
export async function mayReadEntries(db: DbOrTx, actor: Actor, logId: string): Promise<boolean> {
  if (hasRole(actor, 'admin') && actor.agencyId === null) return true;
  const agencyId = agencyOfLog(logId);
  if (agencyId === null) return false;
  if (actor.agencyId === agencyId && (hasRole(actor, 'admin') || hasRole(actor, 'agency_head'))) {
    return true;
  }
  return (
    hasRole(actor, 'supervisor') && (await supervisedAgencyIds(db, actor.id)).includes(agencyId)
  );
}

export type LedgerReader = ReturnType<typeof createLedgerReader>;
