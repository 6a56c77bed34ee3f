import { evidenceObjectView } from '../evidence/evidence-object-view.ts';
import type { AvRecordRow, EvidenceObjectRow } from './av-records.repository.ts';
import type { AvRecordView } from './av-record-schemas.ts';

/** An AV record as the API shows it: the current version, with every version listed. */
export function avRecordView(
  versions: readonly AvRecordRow[],
  object: EvidenceObjectRow,
  names: ReadonlyMap<string, string>,
  hasPoster: boolean,
): AvRecordView {
  const superseded = new Set(versions.map((row) => row.supersedesId));
  const current = versions.find((row) => !superseded.has(row.id)) ?? versions.at(-1)!;
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: current.avRecordId,
    versionId: current.id,
    caseId: current.caseId,
    name: current.name,
    sequence: current.sequence,
    kind: current.kind,
    stage: current.stage,
    situations: current.situations,
    recordId: current.recordId,
    content: current.content,
    maker: person(current.makerId),
    deviceSerial: current.deviceSerial,
    recordingStartedAt: current.recordingStartedAt.toISOString(),
    recordingEndedAt: current.recordingEndedAt.toISOString(),
    returnedToUnitAt: current.returnedToUnitAt?.toISOString() ?? null,
    awayReason: current.awayReason,
    place: current.place,
    personsPresent: current.personsPresent,
    announcementMade: current.announcementMade,
    interruptions: current.interruptions.map((interruption) => ({ ...interruption })),
    storageDamage: current.storageDamage === null ? null : { ...current.storageDamage },
    usedAsEvidence: current.usedAsEvidence,
    evidenceNoteRecordId: current.evidenceNoteRecordId,
    storedAt: object.storedAt.toISOString(),
    evidenceObject: evidenceObjectView(object),
    hasPoster,
    versions: versions.map((row) => ({
      versionId: row.id,
      recordedAt: row.recordedAt.toISOString(),
      amendmentReason: row.amendmentReason,
      createdBy: person(row.createdBy),
    })),
  };
}
