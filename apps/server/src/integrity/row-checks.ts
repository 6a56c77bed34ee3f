import { isDeepStrictEqual } from 'node:util';
import type {
  approvalActions,
  avRecords,
  caseRecords,
  evidenceObjects,
  recordAttachments,
} from '../db/schema.ts';
import { evidenceKeyOf } from '../evidence/evidence-store.ts';
import { hashNamed, type BoundEntry } from './ledger-targets.ts';
import {
  AV_RECORD_HASH_NAME,
  avRecordDigestV1,
  caseRecordDigestVersion,
} from './sealed-digests.ts';

/**
 * Each sealed original against the ledger entry that sealed it. A check returns what does
 * not match (a short English phrase, as the verifier's other messages) and the entry it
 * compared with; undefined when the row is what the ledger holds.
 */
export interface RowCheck {
  readonly problem: string;
  readonly entry: BoundEntry | undefined;
}

const MISSING = 'no ledger entry seals this row';

function differing(expected: Record<string, unknown>, found: Record<string, unknown>): string[] {
  return Object.keys(expected).filter((key) => !isDeepStrictEqual(expected[key], found[key]));
}

function mismatch(entry: BoundEntry, fields: string[]): RowCheck | undefined {
  return fields.length === 0
    ? undefined
    : { problem: `row differs from its ledger entry in ${fields.join(', ')}`, entry };
}

export function checkCaseRecord(
  row: typeof caseRecords.$inferSelect,
  entries: readonly BoundEntry[],
): RowCheck | undefined {
  const entry = entries.find((e) => e.action === 'case.record_added');
  if (entry === undefined) return { problem: MISSING, entry };
  const hex = hashNamed(entry, 'record');
  if (hex === undefined) return { problem: 'its ledger entry carries no record digest', entry };
  if (caseRecordDigestVersion(row, hex) === undefined) {
    return { problem: 'record digest does not match the ledger entry', entry };
  }
  return undefined;
}

export function checkAvRecord(
  row: typeof avRecords.$inferSelect,
  entries: readonly BoundEntry[],
): RowCheck | undefined {
  const first = row.id === row.avRecordId;
  const entry = first
    ? entries.find((e) => e.action === 'av_record.created')
    : entries.find((e) => e.action === 'av_record.amended' && e.data.versionId === row.id);
  if (entry === undefined) return { problem: MISSING, entry };
  const digest = hashNamed(entry, AV_RECORD_HASH_NAME);
  // Entries written before the row digest existed bind only what their data names.
  if (digest !== undefined && digest !== avRecordDigestV1(row)) {
    return { problem: 'AV record digest does not match the ledger entry', entry };
  }
  const named = first
    ? {
        avRecordId: row.avRecordId,
        caseId: row.caseId,
        evidenceObjectId: row.evidenceObjectId,
        name: row.name,
        situations: row.situations,
        recordId: row.recordId,
      }
    : { avRecordId: row.avRecordId, supersedesId: row.supersedesId, reason: row.amendmentReason };
  const fields = differing(named, entry.data);
  if (entry.actor.type !== 'user' || entry.actor.id !== row.createdBy) fields.push('createdBy');
  return mismatch(entry, fields);
}

export function checkAttachment(
  row: typeof recordAttachments.$inferSelect,
  entries: readonly BoundEntry[],
): RowCheck | undefined {
  const entry = entries.find(
    (e) => e.action === 'case.record_attachment_added' && e.data.attachmentId === row.id,
  );
  if (entry === undefined) return { problem: MISSING, entry };
  const fields = differing(
    {
      recordId: row.recordId,
      evidenceObjectId: row.evidenceObjectId,
      description: row.description,
    },
    entry.data,
  );
  if (entry.actor.type !== 'user' || entry.actor.id !== row.attachedBy) fields.push('attachedBy');
  return mismatch(entry, fields);
}

/**
 * The acts on one request, oldest first, against its entries in order: the submission
 * (`approval.submitted`, act `submit`) and each later act (`approval.acted`).
 */
export function checkApprovalActs(
  rows: readonly (typeof approvalActions.$inferSelect)[],
  entries: readonly BoundEntry[],
): Map<number, RowCheck> {
  const acts = entries.filter(
    (e) => e.action === 'approval.submitted' || e.action === 'approval.acted',
  );
  const found = new Map<number, RowCheck>();
  rows.forEach((row, index) => {
    const entry = acts[index];
    if (entry === undefined) {
      found.set(row.id, { problem: MISSING, entry });
      return;
    }
    const said =
      entry.action === 'approval.submitted'
        ? { action: 'submit', targetUserId: null, comment: null }
        : entry.data;
    const fields = differing(
      { action: row.action, targetUserId: row.targetUserId, comment: row.comment },
      said,
    );
    if (entry.actor.type !== 'user' || entry.actor.id !== row.actorId) fields.push('actorId');
    const problem = mismatch(entry, fields);
    if (problem !== undefined) found.set(row.id, problem);
  });
  return found;
}

/**
 * The same bytes received twice are one row and two `evidence.stored` entries (perhaps
 * under two names): the digests and size must match every entry, the name, type and
 * sender at least one.
 */
export function checkEvidenceObject(
  row: typeof evidenceObjects.$inferSelect,
  entries: readonly BoundEntry[],
): RowCheck | undefined {
  const stored = entries.filter((e) => e.action === 'evidence.stored');
  const first = stored[0];
  if (first === undefined) return { problem: MISSING, entry: first };
  for (const entry of stored) {
    const fields = differing(
      { sha256: row.sha256, sm3: row.sm3, sizeBytes: row.sizeBytes },
      entry.data,
    );
    if (entry.agency !== row.agencyId) fields.push('agencyId');
    if (fields.length > 0) return mismatch(entry, fields);
  }
  if (row.storageKey !== evidenceKeyOf(row.sha256)) {
    return { problem: 'storage key is not the content address of its SHA-256', entry: first };
  }
  const described = stored.some(
    (e) =>
      e.data.fileName === row.originalName &&
      e.data.mediaType === row.mediaType &&
      e.data.source === row.source &&
      e.actor.type === 'user' &&
      e.actor.id === row.storedBy,
  );
  return described ? undefined : mismatch(first, ['originalName, mediaType, source or storedBy']);
}
