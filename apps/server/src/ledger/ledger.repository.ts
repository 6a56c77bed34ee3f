import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import {
  ledgerCheckpoints,
  ledgerEntries,
  ledgerKeys,
  ledgerLogs,
  ledgerNodes,
  ledgerOutbox,
} from '../db/schema.ts';

export type EntryRow = typeof ledgerEntries.$inferSelect;
export type NewEntryRow = typeof ledgerEntries.$inferInsert & { recordedAt: Date };
export type CheckpointRow = typeof ledgerCheckpoints.$inferSelect;
export type KeyRow = typeof ledgerKeys.$inferSelect;
export type LogRow = typeof ledgerLogs.$inferSelect;

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 2000;

export async function ensureLog(
  db: DbOrTx,
  log: { logId: string; agencyId: string | null; hashAlgorithm: string },
) {
  await db.insert(ledgerLogs).values(log).onConflictDoNothing();
}

export async function findLog(db: DbOrTx, logId: string): Promise<LogRow | undefined> {
  const [row] = await db.select().from(ledgerLogs).where(eq(ledgerLogs.logId, logId));
  return row;
}

export async function listLogs(db: DbOrTx): Promise<LogRow[]> {
  return db.select().from(ledgerLogs).orderBy(asc(ledgerLogs.logId));
}

/** Serialises appends to one log across every server sharing the database. */
export async function lockLog(db: DbOrTx, logId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`ledger:${logId}`}))`);
}

export async function logSize(db: DbOrTx, logId: string): Promise<number> {
  const [row] = await db
    .select({ size: sql<number>`coalesce(max(${ledgerEntries.seq}) + 1, 0)::bigint` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.logId, logId));
  return Number(row?.size ?? 0);
}

export async function insertOutbox(db: DbOrTx, logId: string, event: unknown) {
  await db.insert(ledgerOutbox).values({ logId, event });
}

/** Oldest waiting events of one log; rows another server is sequencing are skipped. */
export async function claimOutbox(db: DbOrTx, logId: string, limit: number) {
  return db
    .select({ id: ledgerOutbox.id, event: ledgerOutbox.event })
    .from(ledgerOutbox)
    .where(eq(ledgerOutbox.logId, logId))
    .orderBy(asc(ledgerOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function deleteOutbox(db: DbOrTx, ids: number[]) {
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    await db.delete(ledgerOutbox).where(inArray(ledgerOutbox.id, ids.slice(i, i + INSERT_CHUNK)));
  }
}

export async function logsWithWaitingEvents(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ logId: ledgerOutbox.logId }).from(ledgerOutbox);
  return rows.map((row) => row.logId);
}

/**
 * One statement per batch with one array parameter per column (`unnest`): the database
 * parses eight parameters instead of eight per row, and building the query costs nothing.
 */
export async function insertEntries(db: DbOrTx, rows: NewEntryRow[]) {
  if (rows.length === 0) return;
  // sql.param keeps each array one parameter (a bare array would be spread into a list).
  const column = <T>(pick: (row: NewEntryRow) => T) => sql.param(rows.map(pick));
  const bytes = (value: Uint8Array) =>
    Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  await db.execute(sql`insert into ledger_entries
    (log_id, seq, body, leaf_hash, action, actor_id, target, recorded_at)
    select * from unnest(
      ${column((row) => row.logId)}::text[],
      ${column((row) => row.seq)}::bigint[],
      ${column((row) => bytes(row.body))}::bytea[],
      ${column((row) => bytes(row.leafHash))}::bytea[],
      ${column((row) => row.action)}::text[],
      ${column((row) => row.actorId ?? null)}::uuid[],
      ${column((row) => row.target ?? null)}::text[],
      ${column((row) => row.recordedAt.toISOString())}::timestamptz[])`);
}

export async function insertNodes(db: DbOrTx, rows: (typeof ledgerNodes.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await db.insert(ledgerNodes).values(rows.slice(i, i + INSERT_CHUNK));
  }
}

/**
 * Stored nodes and leaf hashes in one round trip (proof latency is mostly round trips).
 * Leaves come back with level -1.
 */
export async function readNodesAndLeaves(
  db: DbOrTx,
  logId: string,
  nodes: readonly { level: number; index: number }[],
  leafSeqs: readonly number[],
) {
  const pairs =
    nodes.length === 0
      ? sql`(null::smallint, null::bigint)`
      : sql.join(
          nodes.map((node) => sql`(${node.level}::smallint, ${node.index}::bigint)`),
          sql`, `,
        );
  const result = (await db.execute(sql`
    select level, idx, hash from ledger_nodes
      where log_id = ${logId} and (level, idx) in (${pairs})
    union all
    select -1, seq, leaf_hash from ledger_entries
      where log_id = ${logId} and seq = any(${sql.param(leafSeqs.map(String))}::bigint[])`)) as unknown as {
    rows: { level: number; idx: string | number; hash: Uint8Array }[];
  };
  const found = {
    nodes: [] as { level: number; index: number; hash: Uint8Array }[],
    leaves: new Map<number, Uint8Array>(),
  };
  for (const row of result.rows) {
    const index = Number(row.idx);
    if (Number(row.level) === -1) found.leaves.set(index, new Uint8Array(row.hash));
    else found.nodes.push({ level: Number(row.level), index, hash: new Uint8Array(row.hash) });
  }
  return found;
}

export async function readEntry(db: DbOrTx, logId: string, seq: number) {
  const [row] = await db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.logId, logId), eq(ledgerEntries.seq, seq)));
  return row;
}

/**
 * Entries with fromSeq ≤ seq < toSeq in order. A bounded range keeps the primary-key range
 * scan whatever the planner's statistics say (an open `seq >= x limit n` on a freshly
 * filled table was planned as a scan and sort, slower with every page).
 */
export async function readEntries(db: DbOrTx, logId: string, fromSeq: number, toSeq: number) {
  return db
    .select({ seq: ledgerEntries.seq, body: ledgerEntries.body, leafHash: ledgerEntries.leafHash })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.logId, logId),
        gte(ledgerEntries.seq, fromSeq),
        lt(ledgerEntries.seq, toSeq),
      ),
    )
    .orderBy(asc(ledgerEntries.seq));
}

export async function readNodesFrom(db: DbOrTx, logId: string) {
  return db
    .select({ level: ledgerNodes.level, index: ledgerNodes.index, hash: ledgerNodes.hash })
    .from(ledgerNodes)
    .where(eq(ledgerNodes.logId, logId))
    .orderBy(asc(ledgerNodes.level), asc(ledgerNodes.index));
}

export async function insertKey(
  db: DbOrTx,
  key: { keyId: string; algorithm: string; publicKey: string },
) {
  await db.insert(ledgerKeys).values(key).onConflictDoNothing();
}

export async function listKeys(db: DbOrTx): Promise<KeyRow[]> {
  return db.select().from(ledgerKeys).orderBy(asc(ledgerKeys.createdAt));
}

export async function insertCheckpoint(db: DbOrTx, row: typeof ledgerCheckpoints.$inferInsert) {
  await db.insert(ledgerCheckpoints).values(row).onConflictDoNothing();
}

export async function latestCheckpoint(
  db: DbOrTx,
  logId: string,
): Promise<CheckpointRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerCheckpoints)
    .where(eq(ledgerCheckpoints.logId, logId))
    .orderBy(desc(ledgerCheckpoints.treeSize))
    .limit(1);
  return row;
}

export async function findCheckpoint(db: DbOrTx, logId: string, treeSize: number) {
  const [row] = await db
    .select()
    .from(ledgerCheckpoints)
    .where(and(eq(ledgerCheckpoints.logId, logId), eq(ledgerCheckpoints.treeSize, treeSize)));
  return row;
}

/** Newest first, keyset-paged by tree size. */
export async function listCheckpoints(
  db: DbOrTx,
  logId: string,
  beforeSize: number | undefined,
  limit: number,
) {
  return db
    .select()
    .from(ledgerCheckpoints)
    .where(
      and(
        eq(ledgerCheckpoints.logId, logId),
        beforeSize === undefined ? undefined : lt(ledgerCheckpoints.treeSize, beforeSize),
      ),
    )
    .orderBy(desc(ledgerCheckpoints.treeSize))
    .limit(limit);
}

/** Every checkpoint of a log in size order, for the full verification. */
export async function allCheckpoints(db: DbOrTx, logId: string, upToSize?: number) {
  return db
    .select()
    .from(ledgerCheckpoints)
    .where(
      and(
        eq(ledgerCheckpoints.logId, logId),
        upToSize === undefined ? undefined : lte(ledgerCheckpoints.treeSize, upToSize),
      ),
    )
    .orderBy(asc(ledgerCheckpoints.treeSize));
}
