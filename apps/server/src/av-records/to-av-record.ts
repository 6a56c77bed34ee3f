import type { AvRecord, RecordingInterruption } from '@liuhen/domain';
import type { StoredInterruption } from '../db/schema.ts';
import type { CaseRecordRow } from '../records/records.repository.ts';
import type { AvRecordRow, EvidenceObjectRow } from './av-records.repository.ts';

/** The versions nobody has amended: what the AV record says now. */
export function currentAvVersions(rows: readonly AvRecordRow[]): AvRecordRow[] {
  const superseded = new Set(rows.map((row) => row.supersedesId).filter((id) => id !== null));
  return rows.filter((row) => !superseded.has(row.id));
}

/**
 * The current version of the text record `id` belonged to: an AV record stays linked to a
 * transcript when the transcript is corrected (the correction is a new row).
 */
export function currentRecordIdOf(
  id: string | null,
  records: readonly CaseRecordRow[],
): string | undefined {
  if (id === null) return undefined;
  const successor = new Map(
    records.filter((row) => row.supersedesId !== null).map((row) => [row.supersedesId!, row.id]),
  );
  let current = id;
  for (let next = successor.get(current); next !== undefined; next = successor.get(current)) {
    current = next;
  }
  return current;
}

function toInterruption(stored: StoredInterruption): RecordingInterruption {
  return {
    reason: stored.reason,
    from: stored.from,
    ...(stored.resumedAt === undefined ? {} : { resumedAt: stored.resumedAt }),
    ...(stored.note === undefined ? {} : { note: stored.note }),
    ...(stored.reportedAt === undefined ? {} : { reportedAt: stored.reportedAt }),
    ...(stored.reportedTo === undefined ? {} : { reportedTo: stored.reportedTo }),
    ...(stored.writtenExplanation === undefined
      ? {}
      : { writtenExplanation: stored.writtenExplanation }),
  };
}

/** What the domain rules see of an AV record: storage is when its object reached the store. */
export function toAvRecord(
  row: AvRecordRow,
  object: EvidenceObjectRow,
  records: readonly CaseRecordRow[],
): AvRecord {
  const recordId = currentRecordIdOf(row.recordId, records);
  const noteId = currentRecordIdOf(row.evidenceNoteRecordId, records);
  return {
    id: row.avRecordId,
    name: row.name,
    kind: row.kind,
    situations: row.situations,
    ...(recordId === undefined ? {} : { recordId }),
    recordingStartedAt: row.recordingStartedAt.toISOString(),
    recordingEndedAt: row.recordingEndedAt.toISOString(),
    storedAt: object.storedAt.toISOString(),
    ...(row.returnedToUnitAt === null
      ? {}
      : { returnedToUnitAt: row.returnedToUnitAt.toISOString() }),
    ...(row.awayReason === null ? {} : { awayReason: row.awayReason }),
    announcementMade: row.announcementMade,
    interruptions: row.interruptions.map(toInterruption),
    ...(row.storageDamage === null ? {} : { storageDamage: row.storageDamage }),
    usedAsEvidence: row.usedAsEvidence,
    ...(noteId === undefined ? {} : { evidenceNoteRecordId: noteId }),
  };
}
