import { eventActor, type Actor } from '../auth/actor.ts';
import { requireOpenCaseFile, requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db } from '../db/database.ts';
import {
  evidencePermission,
  type AccessPurpose,
  type AccessTokens,
} from '../evidence/access-tokens.ts';
import { fileHashes } from '../evidence/evidence-object-view.ts';
import {
  findEvidenceObject,
  type EvidenceObjectRow,
} from '../evidence/evidence-objects.repository.ts';
import type { ByteRange, EvidenceStore } from '../evidence/evidence-store.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { findRecord } from '../records/records.repository.ts';
import {
  SIGNATURE_BYTES,
  requireAttachableType,
  requireContentOfType,
} from './attachment-media.ts';
import type { NewAttachmentInput } from './attachment-schemas.ts';
import { attachmentView } from './attachment-views.ts';
import { copyInClaims, copyInEvent, type CopyIssuer } from '../evidence/copy-issuer.ts';
import * as repository from './attachments.repository.ts';

export interface AttachmentsDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly accessTokens: AccessTokens;
  readonly copies: CopyIssuer;
  readonly now: () => Date;
}

const accessSubject = (attachmentId: string) => `record_attachment:${attachmentId}`;

/** The first bytes of a stored object, enough to tell its type by its signature. */
async function readHead(store: EvidenceStore, object: EvidenceObjectRow): Promise<Buffer> {
  if (object.sizeBytes === 0) return Buffer.alloc(0);
  const end = Math.min(object.sizeBytes, SIGNATURE_BYTES) - 1;
  const chunks: Buffer[] = [];
  for await (const chunk of await store.read(object.storageKey, { start: 0, end })) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function existsError() {
  return problems.conflict(
    'attachment-exists',
    '附件已添加',
    '该文件已是本文书的附件，无需重复添加。',
  );
}

/**
 * Scans and photos attached to a text record. The file is already in the write-once
 * evidence store (uploaded like a recording); an attachment only says which record it
 * belongs to and what it is, and is itself never changed or removed. Who looks at one,
 * and why, goes on the ledger before its bytes are served.
 */
export function createAttachmentsService(deps: AttachmentsDependencies) {
  const { db, ledger, store, now } = deps;

  /** The record and its case, for a reader of the record; 404 when the case is hidden. */
  async function readableRecord(actor: Actor, recordId: string) {
    const record = await findRecord(db, recordId);
    if (!record) throw problems.notFound('该文书');
    const theCase = await requireReadable(
      db,
      actor,
      await cases.findCase(db, record.caseId),
      now(),
      {
        permission: 'record:read',
        subjectIds: [recordId],
      },
    );
    return { record, theCase };
  }

  /** A grant on the record covers its scans and photos. */
  async function readableAttachment(actor: Actor, attachmentId: string, purpose: AccessPurpose) {
    const listing = await repository.findAttachment(db, attachmentId);
    if (!listing) throw problems.notFound('该附件');
    const theCase = await requireReadable(
      db,
      actor,
      await cases.findCase(db, listing.attachment.caseId),
      now(),
      {
        permission: evidencePermission(purpose),
        subjectIds: [attachmentId, listing.attachment.recordId],
      },
    );
    return { listing, theCase };
  }

  return {
    /** Any version of a record takes attachments: a scan belongs to the version it scans. */
    async attach(actor: Actor, recordId: string, input: NewAttachmentInput) {
      const { record } = await readableRecord(actor, recordId);
      return ledger.transaction(async (tx, recordEvent) => {
        // Locked so the case cannot be archived or closed while the attachment goes in.
        const theCase = await cases.lockCase(tx, record.caseId);
        if (!theCase) throw problems.notFound('该案件');
        await requireWorker(tx, actor, theCase, await cases.listOfficers(tx, theCase.id), now());
        requireOpenCaseFile(theCase);
        const object = await findEvidenceObject(tx, input.evidenceObjectId);
        if (object?.agencyId !== theCase.agencyId) throw problems.notFound('该证据文件');
        const type = requireAttachableType(object.mediaType);
        requireContentOfType(type, await readHead(store, object));
        const inserted = await repository
          .insertAttachment(tx, {
            caseId: theCase.id,
            recordId,
            evidenceObjectId: object.id,
            description: input.description,
            attachedBy: actor.id,
            attachedAt: now(),
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) !== undefined) throw existsError();
            throw error;
          });
        await recordEvent({
          action: 'case.record_attachment_added',
          agencyId: theCase.agencyId,
          actor: eventActor(actor),
          target: { type: 'record', id: recordId },
          hashes: fileHashes(object),
          data: {
            recordId,
            attachmentId: inserted.id,
            evidenceObjectId: object.id,
            description: inserted.description,
          },
        });
        return attachmentView({ attachment: inserted, object, attachedByName: actor.displayName });
      });
    },

    async list(actor: Actor, recordId: string) {
      await readableRecord(actor, recordId);
      return (await repository.listAttachments(db, recordId)).map(attachmentView);
    },

    /** Who looks at an attachment, and why, goes on the ledger before any byte is served. */
    async grantAccess(actor: Actor, attachmentId: string, purpose: AccessPurpose, reason: string) {
      const { listing, theCase } = await readableAttachment(actor, attachmentId, purpose);
      const { attachment, object } = listing;
      const copy = await deps.copies.forAccess(purpose, {
        actor,
        grantId: theCase.grantId,
        object,
        fileName: object.originalName,
      });
      await ledger.append({
        action: 'case.record_attachment_accessed',
        agencyId: theCase.agencyId,
        actor: eventActor(actor),
        target: { type: 'record_attachment', id: attachmentId },
        hashes: fileHashes(object),
        data: {
          caseId: theCase.id,
          recordId: attachment.recordId,
          attachmentId,
          evidenceObjectId: object.id,
          purpose,
          reason,
          grantId: theCase.grantId,
          ...copyInEvent(copy),
        },
      });
      return deps.accessTokens.grant(
        {
          subject: accessSubject(attachmentId),
          userId: actor.id,
          purpose,
          ...copyInClaims(copy),
        },
        `/api/v1/attachments/${attachmentId}/content`,
        now(),
      );
    },

    /** The attachment's bytes for a holder of a current access token, or a range of them. */
    async content(actor: Actor, attachmentId: string, token: string) {
      const claims = deps.accessTokens.verify(
        token,
        { subject: accessSubject(attachmentId), userId: actor.id },
        now(),
      );
      if (claims === undefined) {
        throw problems.forbidden('查看或下载附件需先填写事由；该链接已失效，请重新打开。');
      }
      // Asked again on every request: a grant revoked or run out ends the access at once.
      const { listing } = await readableAttachment(actor, attachmentId, claims.purpose);
      const { object } = listing;
      if (claims.copyFile !== undefined) {
        return {
          ...(await deps.copies.open(claims.copyFile, object.mediaType, object.originalName)),
          purpose: claims.purpose,
        };
      }
      return {
        sizeBytes: object.sizeBytes,
        mediaType: object.mediaType,
        name: object.originalName,
        purpose: claims.purpose,
        open: (range?: ByteRange) => store.read(object.storageKey, range),
      };
    },
  };
}
export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
