import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { caseRecords } from '../db/schema.ts';

export type CaseRecordRow = typeof caseRecords.$inferSelect;
export type NewCaseRecordRow = typeof caseRecords.$inferInsert;

/** Records are inserted once and never updated: the table refuses UPDATE and DELETE. */
export async function insertRecord(tx: DbOrTx, row: NewCaseRecordRow): Promise<CaseRecordRow> {
  const [inserted] = await tx.insert(caseRecords).values(row).returning();
  if (!inserted) throw new Error('insert returned no record');
  return inserted;
}

export async function findRecord(db: DbOrTx, id: string): Promise<CaseRecordRow | undefined> {
  const [row] = await db.select().from(caseRecords).where(eq(caseRecords.id, id));
  return row;
}

/** Whether a correction has replaced this version (the newest version is the one to act on). */
export async function isSuperseded(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: caseRecords.id })
    .from(caseRecords)
    .where(eq(caseRecords.supersedesId, id))
    .limit(1);
  return row !== undefined;
}

/** Every version of every record of the case, oldest first. */
export async function listRecords(db: DbOrTx, caseId: string): Promise<CaseRecordRow[]> {
  return db
    .select()
    .from(caseRecords)
    .where(eq(caseRecords.caseId, caseId))
    .orderBy(asc(caseRecords.recordedAt), asc(caseRecords.id));
}
