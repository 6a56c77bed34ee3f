import type { Db } from '../db/database.ts';
import type { EvidenceObjectRow } from '../evidence/evidence-objects.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { ObjectHash } from './hash-object.ts';
import { clearAlarm, listOpenAlarms, upsertAlarm } from './integrity-alarms.repository.ts';
import { casesOfObjects, storedEntriesOf } from './object-cases.ts';
import type { RowMismatch, SealedRowKind } from './verify-rows.ts';

export interface AlarmDeps {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly now: () => Date;
  readonly logger: { error(object: unknown, message: string): void };
}

/** The alarm kind of altered evidence bytes (a row's own alarm uses its table's kind). */
export const EVIDENCE_BYTES = 'evidence_bytes';
export type DetectedBy = 'scrub' | 'copy' | 'export' | 'view';

const SYSTEM = { type: 'system', component: 'integrity' } as const;

export function evidenceProblem(found: ObjectHash): string {
  return found.kind === 'missing'
    ? 'the object is missing from the evidence store'
    : 'the stored bytes no longer hash to the digests the ledger holds';
}

/**
 * Raises the alarm for one stored object (every agency's row holding those bytes): the
 * alarm table (health), the error log, and — when it is news — one ledger entry per agency
 * naming the objects, their cases and the entries that stored them.
 */
export async function raiseEvidenceAlarm(
  deps: AlarmDeps,
  objects: readonly EvidenceObjectRow[],
  found: ObjectHash,
  detectedBy: DetectedBy,
) {
  const at = deps.now();
  const problem = evidenceProblem(found);
  for (const agencyObjects of Map.groupBy(objects, (o) => o.agencyId).values()) {
    const ids = agencyObjects.map((o) => o.id);
    const [cases, entries] = await Promise.all([
      casesOfObjects(deps.db, ids),
      storedEntriesOf(deps.db, ids),
    ]);
    const object = agencyObjects[0]!;
    const details = {
      storageKey: object.storageKey,
      expected: { sha256: object.sha256, sm3: object.sm3, sizeBytes: object.sizeBytes },
      found:
        found.kind === 'missing'
          ? null
          : { sha256: found.sha256, sm3: found.sm3, sizeBytes: found.sizeBytes },
      cases,
      ledgerEntries: entries,
      detectedBy,
    };
    let news = false;
    for (const id of ids) {
      const raised = await upsertAlarm(deps.db, {
        subjectType: EVIDENCE_BYTES,
        subjectId: id,
        agencyId: object.agencyId,
        problem,
        details,
        at,
      });
      news ||= raised;
    }
    deps.logger.error(
      { evidenceObjectIds: ids, ...details },
      `ALARM: evidence object ${ids.join(', ')}: ${problem}`,
    );
    if (!news) continue;
    await deps.ledger.append({
      action: 'integrity.evidence_corrupted',
      agencyId: object.agencyId,
      actor: SYSTEM,
      target: { type: 'evidence_object', id: object.id },
      hashes: [
        { name: 'file', algorithm: 'sha256', hex: object.sha256 },
        { name: 'file', algorithm: 'sm3', hex: object.sm3 },
      ],
      data: {
        evidenceObjectIds: ids,
        storageKey: object.storageKey,
        expected: details.expected,
        found: details.found,
        cases,
        ledgerEntries: entries,
        detectedBy,
      },
    });
  }
}

/** The bytes proved intact again (restored from a backup): the alarm ends, on the ledger. */
export async function clearEvidenceAlarms(deps: AlarmDeps, objects: readonly EvidenceObjectRow[]) {
  for (const object of objects) {
    if (!(await clearAlarm(deps.db, EVIDENCE_BYTES, object.id, deps.now()))) continue;
    await deps.ledger.append({
      action: 'integrity.alarm_cleared',
      agencyId: object.agencyId,
      actor: SYSTEM,
      target: { type: 'evidence_object', id: object.id },
      data: { kind: EVIDENCE_BYTES, subjectId: object.id },
    });
  }
}

function rowTarget(mismatch: RowMismatch) {
  return { type: mismatch.kind, id: mismatch.rowId };
}

/** A sealed row that is not what its ledger entry holds: alarm table, error log, ledger. */
export async function raiseRowAlarm(
  deps: AlarmDeps,
  mismatch: RowMismatch,
  detectedBy: 'scrub' | 'export' | 'read',
) {
  const raised = await upsertAlarm(deps.db, {
    subjectType: mismatch.kind,
    subjectId: mismatch.rowId,
    agencyId: mismatch.agencyId,
    problem: mismatch.problem,
    details: { caseId: mismatch.caseId, ledgerEntry: mismatch.ledgerEntry, detectedBy },
    at: deps.now(),
  });
  deps.logger.error(
    { mismatch },
    `ALARM: ${mismatch.kind} ${mismatch.rowId} (case ${mismatch.caseId ?? '-'}): ${mismatch.problem}`,
  );
  if (!raised) return;
  await deps.ledger.append({
    action: 'integrity.record_altered',
    agencyId: mismatch.agencyId,
    actor: SYSTEM,
    target: rowTarget(mismatch),
    data: {
      kind: mismatch.kind,
      rowId: mismatch.rowId,
      caseId: mismatch.caseId,
      ledgerEntry: mismatch.ledgerEntry,
      problem: mismatch.problem,
      detectedBy,
    },
  });
}

const ROW_KINDS: readonly SealedRowKind[] = [
  'case_record',
  'av_record',
  'record_attachment',
  'approval_action',
  'evidence_object',
];

/**
 * After a full row check: raises what it found, and ends the alarms of rows it found as
 * sealed again (someone restored them), so health shows what is wrong now.
 */
export async function settleRowAlarms(deps: AlarmDeps, mismatches: readonly RowMismatch[]) {
  for (const mismatch of mismatches) await raiseRowAlarm(deps, mismatch, 'scrub');
  const current = new Set(mismatches.map((m) => `${m.kind}:${m.rowId}`));
  const open = (await listOpenAlarms(deps.db)).filter((alarm) =>
    (ROW_KINDS as readonly string[]).includes(alarm.subjectType),
  );
  for (const alarm of open) {
    if (current.has(`${alarm.subjectType}:${alarm.subjectId}`)) continue;
    if (!(await clearAlarm(deps.db, alarm.subjectType, alarm.subjectId, deps.now()))) continue;
    await deps.ledger.append({
      action: 'integrity.alarm_cleared',
      agencyId: alarm.agencyId,
      actor: SYSTEM,
      target: { type: alarm.subjectType, id: alarm.subjectId },
      data: { kind: alarm.subjectType, subjectId: alarm.subjectId },
    });
  }
}
