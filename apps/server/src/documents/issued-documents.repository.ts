import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { RecordTypeId } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { documentNumberCounters, documentVoids, issuedDocuments, users } from '../db/schema.ts';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
export type DocumentVoidRow = typeof documentVoids.$inferSelect;

export interface IssuedDocumentListing {
  readonly document: IssuedDocumentRow;
  readonly issuedByName: string;
  readonly voided: DocumentVoidRow | null;
}

/**
 * The next 文号 sequence of the kind and year, taken under the counter row's lock: the lock
 * is held until the issuing transaction ends, so a rolled-back issue gives its number back.
 */
export async function takeSequence(
  tx: DbOrTx,
  key: { agencyId: string; kind: RecordTypeId; year: number },
): Promise<number> {
  const [row] = await tx
    .insert(documentNumberCounters)
    .values({ ...key, lastSequence: 1 })
    .onConflictDoUpdate({
      target: [
        documentNumberCounters.agencyId,
        documentNumberCounters.kind,
        documentNumberCounters.year,
      ],
      set: { lastSequence: sql`${documentNumberCounters.lastSequence} + 1` },
    })
    .returning({ sequence: documentNumberCounters.lastSequence });
  return row!.sequence;
}

export async function insertIssuedDocument(
  tx: DbOrTx,
  row: typeof issuedDocuments.$inferInsert,
): Promise<IssuedDocumentRow> {
  const [inserted] = await tx.insert(issuedDocuments).values(row).returning();
  return inserted!;
}

export async function insertVoid(
  tx: DbOrTx,
  row: typeof documentVoids.$inferInsert,
): Promise<DocumentVoidRow> {
  const [inserted] = await tx.insert(documentVoids).values(row).returning();
  return inserted!;
}

const listingColumns = {
  document: issuedDocuments,
  issuedByName: users.displayName,
  voided: documentVoids,
};

/** Issued documents with their issuer's name and void, where `condition` holds. */
async function listings(db: DbOrTx, condition: SQL | undefined): Promise<IssuedDocumentListing[]> {
  return (await db
    .select(listingColumns)
    .from(issuedDocuments)
    .innerJoin(users, eq(users.id, issuedDocuments.issuedBy))
    .leftJoin(documentVoids, eq(documentVoids.documentId, issuedDocuments.id))
    .where(condition)
    .orderBy(desc(issuedDocuments.issuedAt), desc(issuedDocuments.id))) as IssuedDocumentListing[];
}

/** Newest first. */
export function listCaseDocuments(db: DbOrTx, caseId: string) {
  return listings(db, eq(issuedDocuments.caseId, caseId));
}

export async function findDocument(
  db: DbOrTx,
  id: string,
): Promise<IssuedDocumentListing | undefined> {
  return (await listings(db, eq(issuedDocuments.id, id)))[0];
}

export async function findByVerificationCode(
  db: DbOrTx,
  code: string,
): Promise<IssuedDocumentListing | undefined> {
  return (await listings(db, eq(issuedDocuments.verificationCode, code)))[0];
}

/** Every issued document with these exact bytes, newest first. */
export function findBySha256(db: DbOrTx, sha256: string) {
  return listings(db, eq(issuedDocuments.sha256, sha256));
}

/** The record's issued documents that are not void (at most one, by the issuing check). */
export function liveDocumentsOfRecord(db: DbOrTx, recordId: string) {
  return listings(
    db,
    and(eq(issuedDocuments.recordId, recordId), sql`${documentVoids.documentId} is null`),
  );
}
