import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { savedViews } from '../db/schema.ts';

export type SavedViewRow = typeof savedViews.$inferSelect;
type SavedViewList = SavedViewRow['list'];

/** Advisory-lock space (two-key form) for "one user's views of one list". */
const SAVED_VIEWS_LOCK_SPACE = 0x53565753; // "SVWS"

/**
 * Makes the caller's transaction the only one adding to this user's views of this list
 * until it ends, so two saves at once cannot both pass the count check.
 */
export async function lockUserList(tx: DbOrTx, userId: string, list: SavedViewList) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${SAVED_VIEWS_LOCK_SPACE}, hashtext(${`${userId}:${list}`}))`,
  );
}

export async function listViews(db: DbOrTx, userId: string, list: SavedViewList) {
  // Byte order, so PGlite and PostgreSQL (whatever its locale) sort alike.
  return db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.list, list)))
    .orderBy(sql`${savedViews.name} collate "C"`, savedViews.id);
}

export async function countViews(db: DbOrTx, userId: string, list: SavedViewList): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.list, list)));
  return row?.n ?? 0;
}

export async function insertView(
  db: DbOrTx,
  row: typeof savedViews.$inferInsert,
): Promise<SavedViewRow> {
  const [inserted] = await db.insert(savedViews).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** Changes a view of `userId`; undefined when there is none with that id (or not theirs). */
export async function updateOwnView(
  db: DbOrTx,
  userId: string,
  id: string,
  changes: { name?: string; query?: Record<string, string>; updatedAt: Date },
): Promise<SavedViewRow | undefined> {
  const [updated] = await db
    .update(savedViews)
    .set(changes)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning();
  return updated;
}

/** Whether a view of `userId` with that id existed and is now gone. */
export async function deleteOwnView(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning({ id: savedViews.id });
  return deleted.length > 0;
}
