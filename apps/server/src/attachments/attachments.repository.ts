import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { evidenceObjects, recordAttachments, users } from '../db/schema.ts';
import type { EvidenceObjectRow } from '../evidence/evidence-objects.repository.ts';

export type RecordAttachmentRow = typeof recordAttachments.$inferSelect;
export type NewRecordAttachmentRow = typeof recordAttachments.$inferInsert;

/** An attachment with the stored object it points to and who attached it. */
export interface AttachmentListing {
  readonly attachment: RecordAttachmentRow;
  readonly object: EvidenceObjectRow;
  readonly attachedByName: string;
}

/** Attachments are inserted once and never changed or removed: the table refuses it. */
export async function insertAttachment(
  tx: DbOrTx,
  row: NewRecordAttachmentRow,
): Promise<RecordAttachmentRow> {
  const [inserted] = await tx.insert(recordAttachments).values(row).returning();
  if (!inserted) throw new Error('insert returned no attachment');
  return inserted;
}

function selectListings(db: DbOrTx) {
  return db
    .select({
      attachment: recordAttachments,
      object: evidenceObjects,
      attachedByName: users.displayName,
    })
    .from(recordAttachments)
    .innerJoin(evidenceObjects, eq(evidenceObjects.id, recordAttachments.evidenceObjectId))
    .innerJoin(users, eq(users.id, recordAttachments.attachedBy));
}

/** The attachments of one record version, in the order they were attached. */
export async function listAttachments(db: DbOrTx, recordId: string): Promise<AttachmentListing[]> {
  return selectListings(db)
    .where(eq(recordAttachments.recordId, recordId))
    .orderBy(asc(recordAttachments.attachedAt), asc(recordAttachments.id));
}

export async function findAttachment(
  db: DbOrTx,
  id: string,
): Promise<AttachmentListing | undefined> {
  const [row] = await selectListings(db).where(eq(recordAttachments.id, id));
  return row;
}
