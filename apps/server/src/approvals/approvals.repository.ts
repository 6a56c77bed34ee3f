import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { approvalActions, approvalRequests, cases } from '../db/schema.ts';

export type ApprovalRequestRow = typeof approvalRequests.$inferSelect;
export type ApprovalActionRow = typeof approvalActions.$inferSelect;

export async function insertRequest(
  tx: DbOrTx,
  row: typeof approvalRequests.$inferInsert,
): Promise<ApprovalRequestRow> {
  const [inserted] = await tx.insert(approvalRequests).values(row).returning();
  if (!inserted) throw new Error('insert returned no approval request');
  return inserted;
}

export async function findRequest(db: DbOrTx, id: string) {
  const [row] = await db.select().from(approvalRequests).where(eq(approvalRequests.id, id));
  return row;
}

export async function findRequestFor(db: DbOrTx, caseId: string, kind: string) {
  const [row] = await db
    .select()
    .from(approvalRequests)
    .where(and(eq(approvalRequests.caseId, caseId), eq(approvalRequests.kind, kind as never)));
  return row;
}

/** Locked for the rest of the transaction: acts on one request happen one after another. */
export async function lockRequest(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select()
    .from(approvalRequests)
    .where(eq(approvalRequests.id, id))
    .for('update');
  return row;
}

export async function updateRequest(
  tx: DbOrTx,
  id: string,
  changes: Pick<ApprovalRequestRow, 'status' | 'currentStep' | 'steps' | 'version'> &
    Partial<Pick<ApprovalRequestRow, 'subjectRecordId'>>,
) {
  const [row] = await tx
    .update(approvalRequests)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(approvalRequests.id, id))
    .returning();
  if (!row) throw new Error(`approval request ${id} vanished during update`);
  return row;
}

export async function insertAction(tx: DbOrTx, row: typeof approvalActions.$inferInsert) {
  await tx.insert(approvalActions).values(row);
}

export async function listActions(db: DbOrTx, requestId: string) {
  return db
    .select()
    .from(approvalActions)
    .where(eq(approvalActions.requestId, requestId))
    .orderBy(asc(approvalActions.id));
}

export async function listRequestsOfCase(db: DbOrTx, caseId: string) {
  return db
    .select()
    .from(approvalRequests)
    .where(eq(approvalRequests.caseId, caseId))
    .orderBy(asc(approvalRequests.createdAt));
}

/** Open requests (pending or returned) of an agency's cases, with the case's department. */
export async function listOpenRequests(db: DbOrTx, agencyId: string) {
  return db
    .select({
      request: approvalRequests,
      caseNumber: cases.caseNumber,
      caseName: cases.name,
      departmentId: cases.departmentId,
    })
    .from(approvalRequests)
    .innerJoin(cases, eq(cases.id, approvalRequests.caseId))
    .where(
      and(eq(cases.agencyId, agencyId), inArray(approvalRequests.status, ['pending', 'returned'])),
    )
    .orderBy(asc(approvalRequests.updatedAt));
}
