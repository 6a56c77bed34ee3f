import { eq } from 'drizzle-orm';
import { avRecords, caseRecords, cases } from '../db/schema.ts';
import type { EvidenceObjectRow } from '../evidence/evidence-objects.repository.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import { problems } from '../http/problem.ts';
import type { DigestPool } from '../uploads/digest-pool.ts';
import { rowsNotMatching } from './evidence-scrub.ts';
import { hashStoredObject } from './hash-object.ts';
import { openAlarmFor } from './integrity-alarms.repository.ts';
import { evidenceCorrupted, recordAltered } from './integrity-problems.ts';
import { entriesForTargets, entryRef, settledCheck, waitingInOutbox } from './ledger-targets.ts';
import { casesOfObjects, storedEntriesOf } from './object-cases.ts';
import {
  EVIDENCE_BYTES,
  raiseEvidenceAlarm,
  raiseRowAlarm,
  type AlarmDeps,
} from './raise-alarms.ts';
import { checkAvRecord, checkCaseRecord, type RowCheck } from './row-checks.ts';
import type { RowMismatch, SealedRowKind } from './verify-rows.ts';

export interface IntegrityGuardDeps extends AlarmDeps {
  readonly store: EvidenceStore;
  readonly pool: DigestPool;
}

interface RowIds {
  readonly rowId: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly caseId: string;
  readonly agencyId: string;
}

/** A failed row check becomes an alarm and a `record-altered` refusal; a pending seal is fine. */
async function refuseAltered(
  deps: AlarmDeps,
  kind: SealedRowKind,
  ids: RowIds,
  checkNow: () => Promise<RowCheck | undefined>,
  detectedBy: 'export' | 'read' = 'export',
) {
  const check = await settledCheck(
    await checkNow(),
    () => waitingInOutbox(deps.db, ids.targetType, ids.targetId),
    checkNow,
  );
  if (check === undefined) return;
  const mismatch: RowMismatch = {
    kind,
    rowId: ids.rowId,
    caseId: ids.caseId,
    agencyId: ids.agencyId,
    ledgerEntry: entryRef(check.entry),
    problem: check.problem,
  };
  await raiseRowAlarm(deps, mismatch, detectedBy);
  throw recordAltered(mismatch);
}

/**
 * A text record row as sealed, or a `record-altered` refusal naming it, its case and its
 * ledger entry. One indexed read and one SHA-256 of the record: cheap enough for every
 * reading of a single record, not only for documents and exports.
 */
export async function requireSealedRecordRow(
  deps: AlarmDeps,
  row: typeof caseRecords.$inferSelect,
  agencyId: string,
  detectedBy: 'export' | 'read' = 'export',
) {
  const target = `record:${row.id}`;
  await refuseAltered(
    deps,
    'case_record',
    { rowId: row.id, targetType: 'record', targetId: row.id, caseId: row.caseId, agencyId },
    async () => {
      const entries = await entriesForTargets(deps.db, [target], ['case.record_added']);
      return checkCaseRecord(row, entries.get(target) ?? []);
    },
    detectedBy,
  );
  return row;
}

/**
 * What code that hands originals out calls first: copies and exports re-prove the bytes or
 * the row against the ledger (the cost of one read, paid once per copy); viewings, which
 * stream by range and would pay it on every seek, are refused only when the object is
 * already known to be corrupted (by the scrub or an earlier copy).
 */
export function createIntegrityGuard(deps: IntegrityGuardDeps) {
  async function refusal(object: EvidenceObjectRow) {
    const [cases, ledgerEntries] = await Promise.all([
      casesOfObjects(deps.db, [object.id]),
      storedEntriesOf(deps.db, [object.id]),
    ]);
    return evidenceCorrupted({ evidenceObjectId: object.id, cases, ledgerEntries });
  }

  return {
    /** Refuses bytes already found corrupted; cheap (one indexed read), for every viewing. */
    async refuseKnownCorrupted(object: EvidenceObjectRow): Promise<void> {
      const open = await openAlarmFor(deps.db, [
        { subjectType: EVIDENCE_BYTES, subjectId: object.id },
      ]);
      if (open !== undefined) throw await refusal(object);
    },

    /** Re-hashes the stored bytes (both digests) before a copy or an export is made of them. */
    async requireIntactObject(
      object: EvidenceObjectRow,
      detectedBy: 'copy' | 'export',
    ): Promise<void> {
      const found = await hashStoredObject(deps, object.storageKey);
      if (rowsNotMatching([object], found).length === 0) return;
      await raiseEvidenceAlarm(deps, [object], found, detectedBy);
      throw await refusal(object);
    },

    /**
     * A text record as sealed, or a `record-altered` refusal naming it, its case and its ledger
     * entry: what document and export code reads records through.
     */
    async requireIntactRecord(recordId: string) {
      const [found] = await deps.db
        .select({ row: caseRecords, agencyId: cases.agencyId })
        .from(caseRecords)
        .innerJoin(cases, eq(cases.id, caseRecords.caseId))
        .where(eq(caseRecords.id, recordId));
      if (found === undefined) throw problems.notFound('该记录');
      return requireSealedRecordRow(deps, found.row, found.agencyId);
    },

    /** One version of an AV record as sealed, or a `record-altered` refusal. */
    async requireIntactAvRecord(versionId: string) {
      const [found] = await deps.db
        .select({ row: avRecords, agencyId: cases.agencyId })
        .from(avRecords)
        .innerJoin(cases, eq(cases.id, avRecords.caseId))
        .where(eq(avRecords.id, versionId));
      if (found === undefined) throw problems.notFound('该音像记录');
      const target = `av_record:${found.row.avRecordId}`;
      await refuseAltered(
        deps,
        'av_record',
        {
          rowId: versionId,
          targetType: 'av_record',
          targetId: found.row.avRecordId,
          caseId: found.row.caseId,
          agencyId: found.agencyId,
        },
        async () => {
          const entries = await entriesForTargets(
            deps.db,
            [target],
            ['av_record.created', 'av_record.amended'],
          );
          return checkAvRecord(found.row, entries.get(target) ?? []);
        },
      );
      return found.row;
    },
  };
}
export type IntegrityGuard = ReturnType<typeof createIntegrityGuard>;
