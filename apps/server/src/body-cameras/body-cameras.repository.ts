import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { bodyCameraAssignments, bodyCameras, users } from '../db/schema.ts';

export type BodyCameraRow = typeof bodyCameras.$inferSelect;
export type BodyCameraAssignmentRow = typeof bodyCameraAssignments.$inferSelect;

export async function insertBodyCamera(tx: DbOrTx, row: typeof bodyCameras.$inferInsert) {
  const [inserted] = await tx.insert(bodyCameras).values(row).returning();
  return inserted!;
}

export async function findBodyCamera(db: DbOrTx, id: string): Promise<BodyCameraRow | undefined> {
  const [row] = await db.select().from(bodyCameras).where(eq(bodyCameras.id, id));
  return row;
}

export async function findBodyCameraBySerial(db: DbOrTx, agencyId: string, serial: string) {
  const [row] = await db
    .select()
    .from(bodyCameras)
    .where(and(eq(bodyCameras.agencyId, agencyId), eq(bodyCameras.serial, serial)));
  return row;
}

/** Serialises changes to one camera's register. */
export async function lockBodyCamera(tx: DbOrTx, id: string): Promise<BodyCameraRow | undefined> {
  const [row] = await tx.select().from(bodyCameras).where(eq(bodyCameras.id, id)).for('update');
  return row;
}

export async function listBodyCameras(db: DbOrTx, agencyId: string): Promise<BodyCameraRow[]> {
  return db
    .select()
    .from(bodyCameras)
    .where(eq(bodyCameras.agencyId, agencyId))
    .orderBy(asc(bodyCameras.serial));
}

export async function insertAssignment(tx: DbOrTx, row: typeof bodyCameraAssignments.$inferInsert) {
  const [inserted] = await tx.insert(bodyCameraAssignments).values(row).returning();
  return inserted!;
}

/** Newest first; for equal times, the later entry (a correction) first. */
export async function listAssignments(db: DbOrTx, bodyCameraIds: readonly string[]) {
  if (bodyCameraIds.length === 0) return [];
  return db
    .select()
    .from(bodyCameraAssignments)
    .where(inArray(bodyCameraAssignments.bodyCameraId, [...bodyCameraIds]))
    .orderBy(desc(bodyCameraAssignments.from), desc(bodyCameraAssignments.recordedAt));
}

/** The entry in force at `at`: the newest whose `from` is not after it. */
export async function assignmentAt(db: DbOrTx, bodyCameraId: string, at: Date) {
  const [row] = await db
    .select()
    .from(bodyCameraAssignments)
    .where(
      and(
        eq(bodyCameraAssignments.bodyCameraId, bodyCameraId),
        lte(bodyCameraAssignments.from, at),
      ),
    )
    .orderBy(desc(bodyCameraAssignments.from), desc(bodyCameraAssignments.recordedAt))
    .limit(1);
  return row;
}

export async function displayNames(db: DbOrTx, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export async function findBodyCameras(
  db: DbOrTx,
  ids: readonly string[],
): Promise<BodyCameraRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(bodyCameras)
    .where(inArray(bodyCameras.id, [...new Set(ids)]));
}
