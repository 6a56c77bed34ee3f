import type { Role } from '@liuhen/domain';
import {
  and,
  arrayContains,
  arrayOverlaps,
  asc,
  eq,
  gt,
  ilike,
  isNull,
  or,
  type SQL,
} from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { users } from '../db/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length;
}

export async function insertUser(db: DbOrTx, row: NewUserRow): Promise<UserRow> {
  const [inserted] = await db.insert(users).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  changes: Partial<Omit<NewUserRow, 'id' | 'createdAt'>>,
): Promise<UserRow> {
  const [updated] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  if (!updated) throw new Error(`user ${id} vanished during update`);
  return updated;
}

export interface UserListFilter {
  readonly agencyId?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly active?: boolean | undefined;
  readonly search?: string | undefined;
  /** Keyset cursor: the last username of the previous page. */
  readonly afterUsername?: string | undefined;
  readonly limit: number;
}

export async function listUsers(db: DbOrTx, filter: UserListFilter): Promise<UserRow[]> {
  const conditions: SQL[] = [];
  if (filter.agencyId) conditions.push(eq(users.agencyId, filter.agencyId));
  if (filter.departmentId) conditions.push(eq(users.departmentId, filter.departmentId));
  if (filter.active !== undefined) conditions.push(eq(users.active, filter.active));
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(
      ilike(users.username, pattern),
      ilike(users.displayName, pattern),
      ilike(users.certificateNumber, pattern),
    );
    if (match) conditions.push(match);
  }
  if (filter.afterUsername) conditions.push(gt(users.username, filter.afterUsername));
  return db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.username))
    .limit(filter.limit);
}

/** Active platform administrators (admins bound to no agency). */
export async function listActivePlatformAdmins(db: DbOrTx): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(
      and(eq(users.active, true), isNull(users.agencyId), arrayContains(users.roles, ['admin'])),
    );
}

/** The agency's active officers (those who can be put on a case), by name. */
export async function listActiveOfficers(db: DbOrTx, agencyId: string) {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      certificateNumber: users.certificateNumber,
      departmentId: users.departmentId,
    })
    .from(users)
    .where(
      and(
        eq(users.agencyId, agencyId),
        eq(users.active, true),
        arrayContains(users.roles, ['officer']),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
}

/** The agency's active users holding any of `roles`, by name. */
export async function listActiveWithRoles(db: DbOrTx, agencyId: string, roles: readonly Role[]) {
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, roles: users.roles })
    .from(users)
    .where(
      and(
        eq(users.agencyId, agencyId),
        eq(users.active, true),
        arrayOverlaps(users.roles, [...roles]),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
  return rows.map((row) => ({ ...row, roles: row.roles as Role[] }));
}
