import {
  defaultTemplate,
  documentKind,
  SIGNATURE_ROLE_LABELS,
  signatureRolesOf,
  type SignatureRole,
} from '@liuhen/domain';
import { accessPersonOf } from '../access/access-person.ts';
import { recordsAsSeenBy } from '../access/record-masking.ts';
import { eventActor, type Actor } from '../auth/actor.ts';
import { requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { CaseRow } from '../cases/cases.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import type { ByteRange, EvidenceStore } from '../evidence/evidence-store.ts';
import { storeMadeBytes } from '../evidence/store-made-bytes.ts';
import { latestTemplate } from '../documents/document-templates.repository.ts';
import { liveDocumentsOfRecord } from '../documents/issued-documents.repository.ts';
import { problems } from '../http/problem.ts';
import type { IntegrityGuard } from '../integrity/require-intact.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { supersededError } from '../records/seal-record.ts';
import { findRecord, isSuperseded, type CaseRecordRow } from '../records/records.repository.ts';
import { currentSignatures } from './current-signatures.ts';
import { checkSignatureImage } from './signature-image.ts';
import { signatureProblems } from './signature-problems.ts';
import type { NewSignatureInput } from './signature-schemas.ts';
import { signatureView } from './signature-views.ts';
import * as repository from './signatures.repository.ts';

export interface SignaturesDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly integrity: IntegrityGuard;
  /** Where an image is written before the store takes it (the uploads folder: same disk). */
  readonly workDir: string;
  readonly now: () => Date;
}

/** As seal-record.ts refuses a new record: nothing is added to a closed or archived file. */
function requireOpenCaseFile(row: CaseRow) {
  if (row.closedInErrorAt !== null) {
    throw problems.conflict(
      'case-closed-in-error',
      '案件已关闭',
      '该案件已作为误立案件关闭，不能再采集签名。',
    );
  }
  if (row.stage === 'archived') {
    throw problems.conflict('case-archived', '案件已归档', '案卷已立卷归档，不能再采集签名。');
  }
}

/** The signature lines the record's document prints, under the agency's template of the kind. */
async function signatureRolesOfRecord(db: DbOrTx, agencyId: string, record: CaseRecordRow) {
  const own = await latestTemplate(db, agencyId, record.type);
  return signatureRolesOf(own?.template ?? defaultTemplate(record.type));
}

/**
 * Signatures on a record (issue 16): the party, the officers, a witness … sign on a tablet
 * or phone screen, or a scan of a signature, 指印 or 印章 is uploaded. The image is an
 * original: stored write-once in the evidence store, its digests on the ledger
 * (`signature.captured`), and printed on the record's document, whose `document.issued`
 * entry names them again. Once the document is issued its signatures are fixed.
 */
export function createSignaturesService(deps: SignaturesDependencies) {
  const { db, ledger, store, now } = deps;

  /** The record and its case, for a reader of the record; 404 when the case is hidden. */
  async function readableRecord(actor: Actor, recordId: string, subjectIds: string[] = []) {
    const record = await findRecord(db, recordId);
    if (!record) throw problems.notFound('该文书');
    const officers = await cases.listOfficers(db, record.caseId);
    const theCase = await requireReadable(
      db,
      actor,
      await cases.findCase(db, record.caseId),
      now(),
      { permission: 'record:read', subjectIds: [...subjectIds, recordId], officers },
    );
    return { record, theCase, officers };
  }

  return {
    async capture(actor: Actor, recordId: string, input: NewSignatureInput) {
      const { record } = await readableRecord(actor, recordId);
      const image = checkSignatureImage(input.imagePng);
      return ledger.transaction(async (tx, recordEvent) => {
        // Locked: issuing locks the case too, so a signature cannot slip in beside an issue.
        const theCase = await cases.lockCase(tx, record.caseId);
        if (!theCase) throw problems.notFound('该案件');
        await requireWorker(tx, actor, theCase, await cases.listOfficers(tx, theCase.id), now());
        requireOpenCaseFile(theCase);
        if (await isSuperseded(tx, recordId)) throw supersededError();
        const roles = await signatureRolesOfRecord(tx, theCase.agencyId, record);
        if (!roles.includes(input.role)) {
          throw signatureProblems.roleNotOnDocument(
            documentKind(record.type).title,
            roles.map((role) => SIGNATURE_ROLE_LABELS[role]),
          );
        }
        if (input.role === 'party' && record.signature?.kind === 'refused') {
          throw signatureProblems.refusedOnRecord();
        }
        const [issued] = await liveDocumentsOfRecord(tx, recordId);
        if (issued !== undefined) throw signatureProblems.documentIssued(issued.document.number);

        const previous = currentSignatures(await repository.listSignatures(tx, recordId)).get(
          input.role,
        );
        const stored = await storeMadeBytes(tx, recordEvent, deps, {
          agencyId: theCase.agencyId,
          actor,
          bytes: image.png,
          fileName: `签名-${SIGNATURE_ROLE_LABELS[input.role]}.png`,
          mediaType: 'image/png',
          source: 'signature',
          media: { width: image.width, height: image.height, formatName: 'png' },
        });
        const inserted = await repository
          .insertSignature(tx, {
            caseId: theCase.id,
            recordId,
            role: input.role,
            signerName: input.signerName,
            method: input.method,
            evidenceObjectId: stored.evidenceObjectId,
            supersedesId: previous?.signature.id ?? null,
            capturedBy: actor.id,
            capturedAt: now(),
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) === undefined) throw error;
            throw problems.conflict(
              'signature-conflict',
              '签名同时提交',
              '同一签名栏刚刚有人提交了签名，请刷新后查看，必要时重新签名。',
            );
          });
        await recordEvent({
          action: 'signature.captured',
          agencyId: theCase.agencyId,
          actor: eventActor(actor),
          target: { type: 'record_signature', id: inserted.id },
          hashes: [
            { name: `signature:${input.role}`, algorithm: 'sha256', hex: stored.sha256 },
            { name: `signature:${input.role}`, algorithm: 'sm3', hex: stored.sm3 },
          ],
          data: {
            signatureId: inserted.id,
            caseId: theCase.id,
            recordId,
            role: input.role,
            method: input.method,
            evidenceObjectId: stored.evidenceObjectId,
            supersedesId: inserted.supersedesId,
            width: image.width,
            height: image.height,
          },
        });
        const listing = await repository.findSignature(tx, inserted.id);
        if (listing === undefined) throw new Error('signature vanished after insert');
        return signatureView(listing, true);
      });
    },

    /** The record's signature lines, its signatures (superseded ones too), and whether fixed. */
    async list(actor: Actor, recordId: string) {
      const { record, theCase } = await readableRecord(actor, recordId);
      const roles: SignatureRole[] = await signatureRolesOfRecord(db, theCase.agencyId, record);
      const listings = await repository.listSignatures(db, recordId);
      const current = new Set(
        [...currentSignatures(listings).values()].map((listing) => listing.signature.id),
      );
      const [issued] = await liveDocumentsOfRecord(db, recordId);
      return {
        roles: roles.map((role) => ({ role, label: SIGNATURE_ROLE_LABELS[role] })),
        issuedNumber: issued?.document.number ?? null,
        items: listings.map((listing) => signatureView(listing, current.has(listing.signature.id))),
      };
    },

    /** The image as stored, for a reader who may see the record whole; the read is ledgered. */
    async image(actor: Actor, signatureId: string) {
      const listing = await repository.findSignature(db, signatureId);
      if (!listing) throw problems.notFound('该签名');
      const { signature, object } = listing;
      const { record, theCase, officers } = await readableRecord(actor, signature.recordId, [
        signatureId,
      ]);
      const [seen] = recordsAsSeenBy(await accessPersonOf(db, actor), theCase, officers, [record]);
      if (seen?.contentMasked !== false) throw signatureProblems.masked();
      await deps.integrity.refuseKnownCorrupted(object);
      await ledger.append({
        action: 'signature.viewed',
        agencyId: theCase.agencyId,
        actor: eventActor(actor),
        target: { type: 'record_signature', id: signatureId },
        data: {
          signatureId,
          caseId: theCase.id,
          recordId: signature.recordId,
          evidenceObjectId: object.id,
          grantId: theCase.grantId,
        },
      });
      return {
        sizeBytes: object.sizeBytes,
        mediaType: 'image/png',
        disposition: {
          kind: 'inline' as const,
          name: object.originalName,
          fallbackStem: 'signature',
        },
        open: (range?: ByteRange) => store.read(object.storageKey, range),
      };
    },
  };
}

export type SignaturesService = ReturnType<typeof createSignaturesService>;
