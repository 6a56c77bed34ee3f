import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { evidenceObjects } from '../db/schema.ts';

export type EvidenceObjectRow = typeof evidenceObjects.$inferSelect;
export type NewEvidenceObjectRow = typeof evidenceObjects.$inferInsert;

/**
 * The agency's object for these bytes: inserted, or the one already there. Two uploads of
 * the same file finishing together both end here; the unique (agency, sha256) index makes
 * one insert win and the other read the winner's row.
 */
export async function insertOrFindEvidenceObject(
  tx: DbOrTx,
  row: NewEvidenceObjectRow,
): Promise<{ row: EvidenceObjectRow; inserted: boolean }> {
  const [inserted] = await tx
    .insert(evidenceObjects)
    .values(row)
    .onConflictDoNothing({ target: [evidenceObjects.agencyId, evidenceObjects.sha256] })
    .returning();
  if (inserted) return { row: inserted, inserted: true };
  const [existing] = await tx
    .select()
    .from(evidenceObjects)
    .where(and(eq(evidenceObjects.agencyId, row.agencyId), eq(evidenceObjects.sha256, row.sha256)));
  if (!existing) throw new Error('evidence object vanished between insert and select');
  return { row: existing, inserted: false };
}

export async function findEvidenceObject(
  db: DbOrTx,
  id: string,
): Promise<EvidenceObjectRow | undefined> {
  const [row] = await db.select().from(evidenceObjects).where(eq(evidenceObjects.id, id));
  return row;
}

export async function findEvidenceObjectBySha256(
  db: DbOrTx,
  agencyId: string,
  sha256: string,
): Promise<EvidenceObjectRow | undefined> {
  const [row] = await db
    .select()
    .from(evidenceObjects)
    .where(and(eq(evidenceObjects.agencyId, agencyId), eq(evidenceObjects.sha256, sha256)));
  return row;
}
