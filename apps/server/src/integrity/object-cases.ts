import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import {
  avRecords,
  importedFilePlacements,
  importedFiles,
  ledgerEntries,
  recordAttachments,
} from '../db/schema.ts';

export interface ObjectCase {
  readonly caseId: string;
  readonly via: 'av_record' | 'record_attachment' | 'imported_file';
  readonly id: string;
}

/**
 * The cases these objects are evidence in: AV records, attachments to text records, and
 * docked files placed on a case (any placement, past ones too: the case saw the file).
 */
export async function casesOfObjects(
  db: DbOrTx,
  objectIds: readonly string[],
): Promise<ObjectCase[]> {
  if (objectIds.length === 0) return [];
  const ids = [...objectIds];
  const [av, attached, placed] = await Promise.all([
    db
      .selectDistinct({ caseId: avRecords.caseId, id: avRecords.avRecordId })
      .from(avRecords)
      .where(inArray(avRecords.evidenceObjectId, ids)),
    db
      .select({ caseId: recordAttachments.caseId, id: recordAttachments.id })
      .from(recordAttachments)
      .where(inArray(recordAttachments.evidenceObjectId, ids)),
    db
      .selectDistinct({ caseId: importedFilePlacements.caseId, id: importedFiles.id })
      .from(importedFiles)
      .innerJoin(
        importedFilePlacements,
        eq(importedFilePlacements.importedFileId, importedFiles.id),
      )
      .where(
        and(inArray(importedFiles.evidenceObjectId, ids), isNotNull(importedFilePlacements.caseId)),
      ),
  ]);
  return [
    ...av.map((row) => ({ caseId: row.caseId, via: 'av_record' as const, id: row.id })),
    ...attached.map((row) => ({ ...row, via: 'record_attachment' as const })),
    ...placed.map((row) => ({ caseId: row.caseId!, via: 'imported_file' as const, id: row.id })),
  ];
}

/** The `evidence.stored` entries of these objects: where the ledger holds their digests. */
export async function storedEntriesOf(db: DbOrTx, objectIds: readonly string[]) {
  if (objectIds.length === 0) return [];
  return db
    .select({ log: ledgerEntries.logId, seq: ledgerEntries.seq })
    .from(ledgerEntries)
    .where(
      and(
        inArray(
          ledgerEntries.target,
          objectIds.map((id) => `evidence_object:${id}`),
        ),
        eq(ledgerEntries.action, 'evidence.stored'),
      ),
    )
    .orderBy(ledgerEntries.logId, ledgerEntries.seq);
}
