import { inArray, and, asc, desc, eq, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { ActType, Stage } from '@liuhen/domain';
import { caseEvents, caseNumberCounters, caseOfficers, cases } from '../db/schema.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseOfficerRow = typeof caseOfficers.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/**
 * The next number of the agency's sequence for a category and year. The upsert takes the
 * counter row's lock until the caller's transaction ends, so concurrent openings queue;
 * a rolled-back opening rolls the increment back with it, so no number is skipped.
 */
export async function nextCaseSequence(
  tx: DbOrTx,
  key: { agencyId: string; category: string; year: number },
): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ ...key, lastSequence: 1 })
    .onConflictDoUpdate({
      target: [caseNumberCounters.agencyId, caseNumberCounters.category, caseNumberCounters.year],
      set: { lastSequence: sql`${caseNumberCounters.lastSequence} + 1` },
    })
    .returning({ sequence: caseNumberCounters.lastSequence });
  if (!row) throw new Error('the case number counter returned no row');
  return row.sequence;
}

export async function insertCase(tx: DbOrTx, row: NewCaseRow): Promise<CaseRow> {
  const [inserted] = await tx.insert(cases).values(row).returning();
  if (!inserted) throw new Error('insert returned no case');
  return inserted;
}

export async function insertOfficers(
  tx: DbOrTx,
  rows: (typeof caseOfficers.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(caseOfficers).values(rows);
}

export async function insertEvents(
  tx: DbOrTx,
  rows: (typeof caseEvents.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(caseEvents).values(rows);
}

export async function findCase(db: DbOrTx, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** The case row locked for the rest of the transaction: one transition at a time. */
export async function lockCase(tx: DbOrTx, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

export async function updateCase(
  tx: DbOrTx,
  id: string,
  changes: Partial<Pick<CaseRow, 'stage' | 'closedInErrorAt' | 'closedInErrorReason'>>,
): Promise<CaseRow> {
  const [row] = await tx
    .update(cases)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(cases.id, id))
    .returning();
  if (!row) throw new Error(`case ${id} vanished during update`);
  return row;
}

/** The officers of several cases, by case. */
export async function officersOfCases(db: DbOrTx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return new Map<string, CaseOfficerRow[]>();
  const rows = await db
    .select()
    .from(caseOfficers)
    .where(inArray(caseOfficers.caseId, [...caseIds]));
  return Map.groupBy(rows, (row) => row.caseId);
}

export async function listOfficers(db: DbOrTx, caseId: string): Promise<CaseOfficerRow[]> {
  return (
    db
      .select()
      .from(caseOfficers)
      .where(eq(caseOfficers.caseId, caseId))
      // The handler first ('handler' sorts after 'assisting'), then in the order assigned.
      .orderBy(desc(caseOfficers.role), asc(caseOfficers.assignedAt), asc(caseOfficers.userId))
  );
}

export async function listEvents(db: DbOrTx, caseId: string): Promise<CaseEventRow[]> {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id));
}

export interface CaseListFilter {
  /** Which cases the reader may see (access/case-scope-condition.ts). */
  readonly scope: SQL;
  readonly stage?: Stage | undefined;
  readonly actType?: ActType | undefined;
  readonly departmentId?: string | undefined;
  readonly search?: string | undefined;
  readonly includeClosedInError: boolean;
  /** Keyset cursor: `<createdAt ISO>|<id>` of the last row of the previous page. */
  readonly after?: { createdAt: Date; id: string } | undefined;
  readonly limit: number;
}

/** Newest first. */
export async function listCases(db: DbOrTx, filter: CaseListFilter): Promise<CaseRow[]> {
  const conditions: SQL[] = [];
  conditions.push(filter.scope);
  if (filter.stage) conditions.push(eq(cases.stage, filter.stage));
  if (filter.actType) conditions.push(eq(cases.actType, filter.actType));
  if (filter.departmentId) conditions.push(eq(cases.departmentId, filter.departmentId));
  if (!filter.includeClosedInError) conditions.push(isNull(cases.closedInErrorAt));
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(cases.caseNumber, pattern), ilike(cases.name, pattern))!);
  }
  if (filter.after) {
    const { createdAt, id } = filter.after;
    conditions.push(
      or(lt(cases.createdAt, createdAt), and(eq(cases.createdAt, createdAt), lt(cases.id, id)))!,
    );
  }
  return db
    .select()
    .from(cases)
    .where(and(...conditions))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(filter.limit);
}
