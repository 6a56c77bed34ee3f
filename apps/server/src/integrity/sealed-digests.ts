import { createHash } from 'node:crypto';
import { canonicalJson } from '@liuhen/domain';
import type { avRecords, caseRecords } from '../db/schema.ts';

type CaseRecordRow = typeof caseRecords.$inferSelect;
type AvRecordRow = typeof avRecords.$inferSelect;

function sha256Hex(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/**
 * Version 1 of a record's sealed digest, as the first releases put it on the ledger. It
 * predates the record's confidentiality level and does not cover it.
 */
export function caseRecordDigestV1(row: CaseRecordRow): string {
  return sha256Hex({
    id: row.id,
    caseId: row.caseId,
    type: row.type,
    madeAt: row.madeAt.toISOString(),
    fields: row.fields,
    signature: row.signature,
    situations: row.situations,
    supersedesId: row.supersedesId,
    correctionReason: row.correctionReason,
  });
}

/**
 * Version 2 also binds the confidentiality level and the author. The `v` member makes the
 * two versions' inputs differ in shape, so no row can match a v2 digest through v1 or the
 * other way round: the verifier may try both without a marker in the ledger entry.
 */
export function caseRecordDigestV2(row: CaseRecordRow): string {
  return sha256Hex({
    v: 2,
    id: row.id,
    caseId: row.caseId,
    type: row.type,
    madeAt: row.madeAt.toISOString(),
    fields: row.fields,
    signature: row.signature,
    situations: row.situations,
    confidentiality: row.confidentiality,
    supersedesId: row.supersedesId,
    correctionReason: row.correctionReason,
    createdBy: row.createdBy,
  });
}

/** Which version of the record digest a ledger hash is, or undefined when neither matches. */
export function caseRecordDigestVersion(row: CaseRecordRow, hex: string): 1 | 2 | undefined {
  if (caseRecordDigestV2(row) === hex) return 2;
  if (caseRecordDigestV1(row) === hex) return 1;
  return undefined;
}

/** Name of the hash an AV record version's ledger entry carries of the row itself. */
export const AV_RECORD_HASH_NAME = 'av_record';

/** Every column a person entered or the server decided; the row's own timestamp too. */
export function avRecordDigestV1(row: AvRecordRow): string {
  return sha256Hex({
    v: 1,
    id: row.id,
    avRecordId: row.avRecordId,
    caseId: row.caseId,
    evidenceObjectId: row.evidenceObjectId,
    kind: row.kind,
    stage: row.stage,
    situations: row.situations,
    recordId: row.recordId,
    name: row.name,
    sequence: row.sequence,
    content: row.content,
    makerId: row.makerId,
    deviceSerial: row.deviceSerial,
    recordingStartedAt: row.recordingStartedAt.toISOString(),
    recordingEndedAt: row.recordingEndedAt.toISOString(),
    returnedToUnitAt: row.returnedToUnitAt?.toISOString() ?? null,
    // Added later: present only where set, so the digests of earlier rows stay as sealed.
    ...(row.awayReason === null ? {} : { awayReason: row.awayReason }),
    place: row.place,
    personsPresent: row.personsPresent,
    announcementMade: row.announcementMade,
    interruptions: row.interruptions,
    ...(row.storageDamage === null ? {} : { storageDamage: row.storageDamage }),
    usedAsEvidence: row.usedAsEvidence,
    evidenceNoteRecordId: row.evidenceNoteRecordId,
    supersedesId: row.supersedesId,
    amendmentReason: row.amendmentReason,
    createdBy: row.createdBy,
  });
}

/** The hash an AV record version's ledger entry carries of its row. */
export function avRecordRowHash(row: AvRecordRow) {
  return { name: AV_RECORD_HASH_NAME, algorithm: 'sha256' as const, hex: avRecordDigestV1(row) };
}
