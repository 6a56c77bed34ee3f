import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { agencyProfileVersions } from '../db/schema.ts';

export type AgencyProfileVersionRow = typeof agencyProfileVersions.$inferSelect;
export type NewAgencyProfileVersion = typeof agencyProfileVersions.$inferInsert;

/** Every version of the agency's own profile, newest first. */
export async function listVersions(
  db: DbOrTx,
  agencyId: string,
): Promise<AgencyProfileVersionRow[]> {
  return db
    .select()
    .from(agencyProfileVersions)
    .where(eq(agencyProfileVersions.agencyId, agencyId))
    .orderBy(desc(agencyProfileVersions.version));
}

export async function findVersion(
  db: DbOrTx,
  profileId: string,
  version: number,
): Promise<AgencyProfileVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(agencyProfileVersions)
    .where(
      and(
        eq(agencyProfileVersions.profileId, profileId),
        eq(agencyProfileVersions.version, version),
      ),
    );
  return row;
}

export async function latestVersion(
  db: DbOrTx,
  profileId: string,
): Promise<AgencyProfileVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(agencyProfileVersions)
    .where(eq(agencyProfileVersions.profileId, profileId))
    .orderBy(desc(agencyProfileVersions.version))
    .limit(1);
  return row;
}

/** Appends a version; two saves racing for one number meet the primary key. */
export async function insertVersion(
  db: DbOrTx,
  row: NewAgencyProfileVersion,
): Promise<AgencyProfileVersionRow> {
  const [inserted] = await db.insert(agencyProfileVersions).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}
