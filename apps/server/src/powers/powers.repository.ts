import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { powerVersions } from '../db/schema.ts';

export type PowerVersionRow = typeof powerVersions.$inferSelect;
export type NewPowerVersion = typeof powerVersions.$inferInsert;

/** The newest version of each of the agency's powers, withdrawn ones included. */
export async function listCurrent(db: DbOrTx, agencyId: string): Promise<PowerVersionRow[]> {
  return db
    .selectDistinctOn([powerVersions.powerId])
    .from(powerVersions)
    .where(eq(powerVersions.agencyId, agencyId))
    .orderBy(asc(powerVersions.powerId), desc(powerVersions.version));
}

/** Every version of one of the agency's powers, newest first (none: not the agency's). */
export async function listVersions(
  db: DbOrTx,
  agencyId: string,
  powerId: string,
): Promise<PowerVersionRow[]> {
  return db
    .select()
    .from(powerVersions)
    .where(and(eq(powerVersions.agencyId, agencyId), eq(powerVersions.powerId, powerId)))
    .orderBy(desc(powerVersions.version));
}

/** Every version of the named powers of the agency (another agency's ids find nothing). */
export async function versionsOf(
  db: DbOrTx,
  agencyId: string,
  powerIds: readonly string[],
): Promise<PowerVersionRow[]> {
  if (powerIds.length === 0) return [];
  return db
    .select()
    .from(powerVersions)
    .where(and(eq(powerVersions.agencyId, agencyId), inArray(powerVersions.powerId, [...powerIds])))
    .orderBy(asc(powerVersions.powerId), desc(powerVersions.version));
}

/** Appends a version; two saves racing for one number meet the primary key. */
export async function insertVersion(db: DbOrTx, row: NewPowerVersion): Promise<PowerVersionRow> {
  const [inserted] = await db.insert(powerVersions).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}
