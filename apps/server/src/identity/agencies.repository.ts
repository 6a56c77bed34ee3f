import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { agencies, departments } from '../db/schema.ts';

export type AgencyRow = typeof agencies.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;

/** Agencies by name; `onlyIds` limits them to those (a supervisor's, one's own). */
export async function listAgencies(
  db: DbOrTx,
  afterName: string | undefined,
  limit: number,
  onlyIds?: readonly string[],
) {
  if (onlyIds !== undefined && onlyIds.length === 0) return [];
  return db
    .select()
    .from(agencies)
    .where(
      and(
        afterName ? gt(agencies.name, afterName) : undefined,
        onlyIds === undefined ? undefined : inArray(agencies.id, [...onlyIds]),
      ),
    )
    .orderBy(asc(agencies.name))
    .limit(limit);
}

export async function findAgency(db: DbOrTx, id: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function insertAgency(
  db: DbOrTx,
  row: { name: string; code: string; profileId: string },
) {
  const [inserted] = await db.insert(agencies).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateAgency(
  db: DbOrTx,
  id: string,
  changes: { name?: string; code?: string; profileId?: string },
) {
  const [updated] = await db.update(agencies).set(changes).where(eq(agencies.id, id)).returning();
  return updated;
}

export async function listDepartments(db: DbOrTx, agencyId: string) {
  return db
    .select()
    .from(departments)
    .where(eq(departments.agencyId, agencyId))
    .orderBy(asc(departments.name));
}

export async function findDepartment(db: DbOrTx, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row;
}

export async function insertDepartment(db: DbOrTx, row: { agencyId: string; name: string }) {
  const [inserted] = await db.insert(departments).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateDepartment(db: DbOrTx, id: string, changes: { name: string }) {
  const [updated] = await db
    .update(departments)
    .set(changes)
    .where(eq(departments.id, id))
    .returning();
  return updated;
}
