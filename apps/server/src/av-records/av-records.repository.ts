import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { avRecords, evidenceObjects, users } from '../db/schema.ts';

export type AvRecordRow = typeof avRecords.$inferSelect;
export type NewAvRecordRow = typeof avRecords.$inferInsert;
export type EvidenceObjectRow = typeof evidenceObjects.$inferSelect;

/** AV record versions are inserted once and never updated: the table refuses it. */
export async function insertAvRecord(tx: DbOrTx, row: NewAvRecordRow): Promise<AvRecordRow> {
  const [inserted] = await tx.insert(avRecords).values(row).returning();
  if (!inserted) throw new Error('insert returned no AV record');
  return inserted;
}

/** Every version of every AV record of the case, oldest first. */
export async function listAvRecords(db: DbOrTx, caseId: string): Promise<AvRecordRow[]> {
  return db
    .select()
    .from(avRecords)
    .where(eq(avRecords.caseId, caseId))
    .orderBy(asc(avRecords.recordedAt), asc(avRecords.id));
}

/** Every version of one AV record (by the id its first version gave it), oldest first. */
export async function listVersions(db: DbOrTx, avRecordId: string): Promise<AvRecordRow[]> {
  return db
    .select()
    .from(avRecords)
    .where(eq(avRecords.avRecordId, avRecordId))
    .orderBy(asc(avRecords.recordedAt), asc(avRecords.id));
}

export async function findEvidenceObjects(
  db: DbOrTx,
  ids: readonly string[],
): Promise<EvidenceObjectRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(evidenceObjects)
    .where(inArray(evidenceObjects.id, [...new Set(ids)]));
}

/** Whether an AV record of this case already uses these stored bytes. */
export async function caseUsesObject(
  db: DbOrTx,
  caseId: string,
  evidenceObjectId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: avRecords.id })
    .from(avRecords)
    .where(and(eq(avRecords.caseId, caseId), eq(avRecords.evidenceObjectId, evidenceObjectId)))
    .limit(1);
  return row !== undefined;
}

export async function userNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
