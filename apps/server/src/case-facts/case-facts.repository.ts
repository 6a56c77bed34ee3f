import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { caseFactsVersions } from '../db/schema.ts';

export type CaseFactsVersionRow = typeof caseFactsVersions.$inferSelect;
export type NewCaseFactsVersion = typeof caseFactsVersions.$inferInsert;

/** Every saved version of the case's facts, newest (the current one) first. */
export async function listVersions(db: DbOrTx, caseId: string): Promise<CaseFactsVersionRow[]> {
  return db
    .select()
    .from(caseFactsVersions)
    .where(eq(caseFactsVersions.caseId, caseId))
    .orderBy(desc(caseFactsVersions.version));
}

/** Appends a version; two saves racing for one number meet the primary key. */
export async function insertVersion(
  db: DbOrTx,
  row: NewCaseFactsVersion,
): Promise<CaseFactsVersionRow> {
  const [inserted] = await db.insert(caseFactsVersions).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}
