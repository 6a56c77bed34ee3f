import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { evidenceObjects, uploads } from '../db/schema.ts';

export type UploadRow = typeof uploads.$inferSelect;
export type NewUploadRow = typeof uploads.$inferInsert;
type EvidenceObjectRow = typeof evidenceObjects.$inferSelect;

export async function insertUpload(db: DbOrTx, row: NewUploadRow): Promise<UploadRow> {
  const [inserted] = await db.insert(uploads).values(row).returning();
  if (!inserted) throw new Error('insert returned no upload');
  return inserted;
}

export async function findUpload(db: DbOrTx, id: string): Promise<UploadRow | undefined> {
  const [row] = await db.select().from(uploads).where(eq(uploads.id, id));
  return row;
}

/** The upload with the object it ended in, for the status view. */
export async function findUploadWithObject(
  db: DbOrTx,
  id: string,
): Promise<{ upload: UploadRow; evidenceObject: EvidenceObjectRow | null } | undefined> {
  const [row] = await db
    .select({ upload: uploads, evidenceObject: evidenceObjects })
    .from(uploads)
    .leftJoin(evidenceObjects, eq(evidenceObjects.id, uploads.evidenceObjectId))
    .where(eq(uploads.id, id));
  return row;
}

/** Moves the durable offset; only while receiving, so a late write cannot reopen an upload. */
export async function setDurableOffset(db: DbOrTx, id: string, offset: number): Promise<void> {
  await db
    .update(uploads)
    .set({ durableOffset: offset, updatedAt: new Date() })
    .where(and(eq(uploads.id, id), eq(uploads.status, 'receiving')));
}

export async function markRejected(
  db: DbOrTx,
  id: string,
  rejection: { type: string; detail: string },
): Promise<void> {
  await db
    .update(uploads)
    .set({
      status: 'rejected',
      rejectionType: rejection.type,
      rejectionDetail: rejection.detail,
      updatedAt: new Date(),
    })
    .where(eq(uploads.id, id));
}

export async function markTerminated(db: DbOrTx, id: string): Promise<void> {
  await db
    .update(uploads)
    .set({ status: 'terminated', updatedAt: new Date() })
    .where(eq(uploads.id, id));
}

export async function markCompleted(
  db: DbOrTx,
  id: string,
  evidenceObjectId: string,
): Promise<void> {
  await db
    .update(uploads)
    .set({ status: 'completed', evidenceObjectId, updatedAt: new Date() })
    .where(eq(uploads.id, id));
}
