import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { evidenceObjects, recordSignatures, users } from '../db/schema.ts';
import type { EvidenceObjectRow } from '../evidence/evidence-objects.repository.ts';

export type RecordSignatureRow = typeof recordSignatures.$inferSelect;
export type NewRecordSignatureRow = typeof recordSignatures.$inferInsert;

/** A signature with its stored image and who took it. */
export interface SignatureListing {
  readonly signature: RecordSignatureRow;
  readonly object: EvidenceObjectRow;
  readonly capturedByName: string;
}

/** Signatures are inserted once and never changed or removed: the table refuses it. */
export async function insertSignature(
  tx: DbOrTx,
  row: NewRecordSignatureRow,
): Promise<RecordSignatureRow> {
  const [inserted] = await tx.insert(recordSignatures).values(row).returning();
  if (!inserted) throw new Error('insert returned no signature');
  return inserted;
}

function selectListings(db: DbOrTx) {
  return db
    .select({
      signature: recordSignatures,
      object: evidenceObjects,
      capturedByName: users.displayName,
    })
    .from(recordSignatures)
    .innerJoin(evidenceObjects, eq(evidenceObjects.id, recordSignatures.evidenceObjectId))
    .innerJoin(users, eq(users.id, recordSignatures.capturedBy));
}

/** Every signature of one record version, oldest first. */
export async function listSignatures(db: DbOrTx, recordId: string): Promise<SignatureListing[]> {
  return selectListings(db)
    .where(eq(recordSignatures.recordId, recordId))
    .orderBy(asc(recordSignatures.capturedAt), asc(recordSignatures.id));
}

export async function findSignature(db: DbOrTx, id: string): Promise<SignatureListing | undefined> {
  const [row] = await selectListings(db).where(eq(recordSignatures.id, id));
  return row;
}
