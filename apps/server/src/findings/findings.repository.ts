import {
  and,
  asc,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { FindingSeverity } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { caseFindings, cases } from '../db/schema.ts';

export type CaseFindingRow = typeof caseFindings.$inferSelect;

/** The case's findings, replaced as one: derived data, so rewriting it is allowed. */
export async function replaceFindings(
  tx: DbOrTx,
  caseId: string,
  rows: (typeof caseFindings.$inferInsert)[],
): Promise<void> {
  await tx.delete(caseFindings).where(eq(caseFindings.caseId, caseId));
  if (rows.length > 0) await tx.insert(caseFindings).values(rows);
}

export interface FindingListFilter {
  /** The cases the reader may see (access/read-scope.ts). */
  readonly caseScope: SQL;
  /** Whose findings about imported files on no case the reader may see. */
  readonly agencyIds: readonly string[];
  readonly severities?: readonly FindingSeverity[] | undefined;
  readonly ruleId?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly dueBefore?: Date | undefined;
  readonly afterId?: number | undefined;
  readonly limit: number;
}

/** Newest computation first; with the case's number and name for the list. */
export async function listFindings(db: DbOrTx, filter: FindingListFilter) {
  const conditions: SQL[] = [];
  const onNoCase =
    filter.agencyIds.length === 0
      ? sql`false`
      : and(isNull(caseFindings.caseId), inArray(caseFindings.agencyId, [...filter.agencyIds]))!;
  conditions.push(or(onNoCase, and(isNotNull(caseFindings.caseId), filter.caseScope))!);
  if (filter.severities?.length)
    conditions.push(inArray(caseFindings.severity, [...filter.severities]));
  if (filter.ruleId) conditions.push(eq(caseFindings.ruleId, filter.ruleId));
  if (filter.departmentId) conditions.push(eq(caseFindings.departmentId, filter.departmentId));
  if (filter.dueBefore) {
    conditions.push(isNotNull(caseFindings.dueAt), lte(caseFindings.dueAt, filter.dueBefore));
  }
  if (filter.afterId !== undefined) conditions.push(lt(caseFindings.id, filter.afterId));
  return db
    .select({
      finding: caseFindings,
      caseNumber: cases.caseNumber,
      caseName: cases.name,
    })
    .from(caseFindings)
    .leftJoin(cases, eq(cases.id, caseFindings.caseId))
    .where(and(...conditions))
    .orderBy(desc(caseFindings.id))
    .limit(filter.limit);
}

/** Cases whose findings can still change as time passes: not archived, not closed in error. */
export async function openCaseIds(db: DbOrTx, afterId: string | undefined, limit: number) {
  const conditions: SQL[] = [ne(cases.stage, 'archived'), isNull(cases.closedInErrorAt)];
  if (afterId !== undefined) conditions.push(gt(cases.id, afterId));
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(...conditions))
    .orderBy(asc(cases.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

/** The findings about one imported file on no case, replaced as one (derived data). */
export async function replaceImportedFileFindings(
  tx: DbOrTx,
  importedFileId: string,
  rows: (typeof caseFindings.$inferInsert)[],
): Promise<void> {
  await tx.delete(caseFindings).where(eq(caseFindings.importedFileId, importedFileId));
  if (rows.length > 0) await tx.insert(caseFindings).values(rows);
}
