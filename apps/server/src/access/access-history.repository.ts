import { and, asc, eq, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { importedFilePlacements, ledgerEntries } from '../db/schema.ts';

export interface LedgerEntryText {
  readonly logId: string;
  readonly seq: number;
  readonly action: string;
  readonly target: string | null;
  readonly recordedAt: Date;
  /** The entry's canonical JSON, as hashed into the ledger. */
  readonly body: string;
}

/** Ledger entries about these targets (`type:id`) and of these actions, oldest first. */
export async function entriesAbout(
  db: DbOrTx,
  targets: readonly string[],
  actions: readonly string[],
): Promise<LedgerEntryText[]> {
  if (targets.length === 0) return [];
  return db
    .select({
      logId: ledgerEntries.logId,
      seq: ledgerEntries.seq,
      action: ledgerEntries.action,
      target: ledgerEntries.target,
      recordedAt: ledgerEntries.recordedAt,
      body: sql<string>`convert_from(${ledgerEntries.body}, 'UTF8')`,
    })
    .from(ledgerEntries)
    .where(
      and(inArray(ledgerEntries.target, [...targets]), inArray(ledgerEntries.action, [...actions])),
    )
    .orderBy(asc(ledgerEntries.recordedAt), asc(ledgerEntries.seq));
}

/** Docked files that were ever placed on the case (their reads there are its history). */
export async function importedFileIdsPlacedOn(db: DbOrTx, caseId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: importedFilePlacements.importedFileId })
    .from(importedFilePlacements)
    .where(eq(importedFilePlacements.caseId, caseId));
  return rows.map((row) => row.id);
}
