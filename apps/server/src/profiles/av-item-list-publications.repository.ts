import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { agencies, avItemListPublications } from '../db/schema.ts';

export type AvItemListPublicationRow = typeof avItemListPublications.$inferSelect;
export type NewAvItemListPublication = typeof avItemListPublications.$inferInsert;

/** Every publication of the agency's list, newest first. */
export async function listPublications(
  db: DbOrTx,
  agencyId: string,
): Promise<AvItemListPublicationRow[]> {
  return db
    .select()
    .from(avItemListPublications)
    .where(eq(avItemListPublications.agencyId, agencyId))
    .orderBy(desc(avItemListPublications.createdAt), desc(avItemListPublications.id));
}

export async function latestPublication(
  db: DbOrTx,
  agencyId: string,
): Promise<AvItemListPublicationRow | undefined> {
  const [row] = await db
    .select()
    .from(avItemListPublications)
    .where(eq(avItemListPublications.agencyId, agencyId))
    .orderBy(desc(avItemListPublications.createdAt), desc(avItemListPublications.id))
    .limit(1);
  return row;
}

export async function insertPublication(
  db: DbOrTx,
  row: NewAvItemListPublication,
): Promise<AvItemListPublicationRow> {
  const [inserted] = await db.insert(avItemListPublications).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** The agency row locked for the rest of the transaction: one publication at a time. */
export async function lockAgency(tx: DbOrTx, agencyId: string): Promise<void> {
  await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.id, agencyId))
    .for('update');
}
