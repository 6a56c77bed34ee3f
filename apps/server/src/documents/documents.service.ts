import { composeDocument, formatDocumentNumber, todayInShanghai, yearOf } from '@liuhen/domain';
import { PDFDocument } from 'pdf-lib';
import { accessPersonOf } from '../access/access-person.ts';
import { recordsAsSeenBy } from '../access/record-masking.ts';
import { eventActor, type Actor } from '../auth/actor.ts';
import { loadCase } from '../cases/case-context.ts';
import { requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { CaseRow } from '../cases/cases.repository.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { evidenceKeyOf, type ByteRange, type EvidenceStore } from '../evidence/evidence-store.ts';
import { storeMadeBytes } from '../evidence/store-made-bytes.ts';
import { problems } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import { requireSealedRecordRow, type IntegrityGuard } from '../integrity/require-intact.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { supersededError } from '../records/seal-record.ts';
import { findRecord, type CaseRecordRow } from '../records/records.repository.ts';
import { signaturesForDocument } from '../signatures/signature-images.ts';
import { missingItems, gatherDocument, type CaseFactsReader } from './document-inputs.ts';
import { documentProblems } from './document-problems.ts';
import type { DocumentRenderer } from './document-renderer.ts';
import { latestSettings } from './document-settings.repository.ts';
import { effectiveDocumentSettings } from './document-settings.ts';
import * as repository from './issued-documents.repository.ts';
import { newVerificationCode, printedVerificationCode } from './verification-code.ts';

export interface DocumentsDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  /** Signature images are re-proved against their digests before a document prints them. */
  readonly integrity: Pick<IntegrityGuard, 'requireIntactObject'>;
  readonly renderer: DocumentRenderer;
  readonly readFacts: CaseFactsReader;
  /** Where a PDF is written before the store takes it (the uploads folder: same disk). */
  readonly workDir: string;
  /** The address the public reaches this server at; the QR code links under it. */
  readonly publicUrl: string;
  readonly now: () => Date;
}

/** The alarm is on the ledger and in health; the request's own error log names the refusal. */
const silent = { error: () => {} };

export type DraftForm = 'pdf' | 'docx';

function requireOpenCaseFile(row: CaseRow) {
  if (row.closedInErrorAt !== null || row.stage === 'archived') throw documentProblems.caseClosed();
}

async function pageCountOf(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/**
 * 执法文书: a record printed as the document a party receives. Drafts (PDF, DOCX) are made
 * on demand and are reads of the record; issuing freezes one: a 文号 from the agency's
 * gap-free sequence, the PDF stored write-once with its digests on the ledger, and a QR
 * code to the public verification page. A void is recorded; a number is never reused.
 */
export function createDocumentsService(deps: DocumentsDependencies) {
  const { db, ledger, renderer, now } = deps;

  /** The record, for a reader who may see its content unmasked (documents print it whole). */
  async function readableRecord(
    actor: Actor,
    recordId: string,
    subjectIds: readonly string[] = [],
  ) {
    const found = await findRecord(db, recordId);
    if (!found) throw problems.notFound('该文书');
    const officers = await cases.listOfficers(db, found.caseId);
    const theCase = await requireReadable(
      db,
      actor,
      await cases.findCase(db, found.caseId),
      now(),
      {
        permission: 'record:read',
        subjectIds: [...subjectIds, recordId],
        officers,
      },
    );
    await requireSealedRecordRow(
      { db, ledger, now, logger: silent },
      found,
      theCase.agencyId,
      'read',
    );
    const [seen] = recordsAsSeenBy(await accessPersonOf(db, actor), theCase, officers, [found]);
    if (seen?.contentMasked !== false) throw documentProblems.masked();
    return { found, theCase };
  }

  async function settingsOf(tx: DbOrTx, agencyId: string) {
    const agency = await findAgency(tx, agencyId);
    if (agency === undefined) throw problems.notFound('该执法机关');
    return effectiveDocumentSettings(agency, await latestSettings(tx, agencyId));
  }

  async function issueInside(actor: Actor, found: CaseRecordRow) {
    return ledger.transaction(async (tx, record) => {
      const caseRow = await cases.lockCase(tx, found.caseId);
      if (!caseRow) throw problems.notFound('该案件');
      const loaded = await loadCase(tx, caseRow);
      await requireWorker(tx, actor, caseRow, loaded.officers, now());
      requireOpenCaseFile(caseRow);
      if (loaded.records.some((row) => row.supersedesId === found.id)) throw supersededError();
      const [live] = await repository.liveDocumentsOfRecord(tx, found.id);
      if (live !== undefined) throw documentProblems.alreadyIssued(live.document.number);

      const settings = await settingsOf(tx, caseRow.agencyId);
      const issuedAt = now();
      const date = todayInShanghai(issuedAt);
      const year = yearOf(date);
      const gathered = await gatherDocument(tx, loaded, found, settings, deps.readFacts, {
        date,
        number: null,
      });
      const missing = missingItems(gathered);
      if (missing.length > 0) throw documentProblems.incomplete(missing);

      const kind = found.type;
      const sequence = await repository.takeSequence(tx, {
        agencyId: caseRow.agencyId,
        kind,
        year,
      });
      const number = formatDocumentNumber(settings.pattern(kind), year, sequence);
      const code = newVerificationCode();
      const signed = await signaturesForDocument(tx, deps, found.id);
      const layout = composeDocument(
        gathered.template,
        { ...gathered.data, number },
        {
          requiredPaths: gathered.requiredPaths,
          signatureImages: signed.signatureImages,
          signers: signed.signers,
          verification: {
            url: `${deps.publicUrl}/verify/${code}`,
            code: printedVerificationCode(code),
          },
        },
      );
      const bytes = await renderer.pdf(layout, issuedAt);
      const stored = await storeMadeBytes(tx, record, deps, {
        agencyId: caseRow.agencyId,
        actor,
        bytes,
        fileName: `${number}${layout.title}.pdf`,
        mediaType: 'application/pdf',
        source: 'issued_document',
      });
      const row = await repository.insertIssuedDocument(tx, {
        agencyId: caseRow.agencyId,
        caseId: caseRow.id,
        recordId: found.id,
        kind,
        title: layout.title,
        year,
        sequence,
        number,
        evidenceObjectId: stored.evidenceObjectId,
        sha256: stored.sha256,
        sizeBytes: stored.sizeBytes,
        pageCount: await pageCountOf(bytes),
        verificationCode: code,
        templateVersion: gathered.templateVersion,
        settingsVersion: settings.version,
        issuedBy: actor.id,
        issuedAt,
      });
      await record({
        action: 'document.issued',
        agencyId: caseRow.agencyId,
        actor: eventActor(actor),
        target: { type: 'document', id: row.id },
        hashes: [
          { name: 'document', algorithm: 'sha256', hex: stored.sha256 },
          { name: 'document', algorithm: 'sm3', hex: stored.sm3 },
          ...signed.printed.flatMap((signature) => [
            {
              name: `signature:${signature.role}`,
              algorithm: 'sha256' as const,
              hex: signature.sha256,
            },
            { name: `signature:${signature.role}`, algorithm: 'sm3' as const, hex: signature.sm3 },
          ]),
        ],
        data: {
          documentId: row.id,
          caseId: caseRow.id,
          recordId: found.id,
          kind,
          number,
          year,
          sequence,
          title: layout.title,
          sizeBytes: stored.sizeBytes,
          evidenceObjectId: stored.evidenceObjectId,
          templateVersion: gathered.templateVersion,
          settingsVersion: settings.version,
          masthead: settings.masthead,
          signatures: signed.printed.map((signature) => ({
            role: signature.role,
            signatureId: signature.signatureId,
            evidenceObjectId: signature.evidenceObjectId,
          })),
        },
      });
      return { document: row, issuedByName: actor.displayName, voided: null };
    });
  }

  return {
    /** A draft of the record as a document, to read or edit; every draft made is a read. */
    async draft(actor: Actor, recordId: string, form: DraftForm) {
      const { found, theCase } = await readableRecord(actor, recordId);
      const loaded = await loadCase(db, theCase);
      const gathered = await gatherDocument(
        db,
        loaded,
        found,
        await settingsOf(db, theCase.agencyId),
        deps.readFacts,
        { date: todayInShanghai(now()), number: null },
      );
      const signed = await signaturesForDocument(db, deps, found.id);
      const layout = composeDocument(gathered.template, gathered.data, {
        requiredPaths: gathered.requiredPaths,
        signatureImages: signed.signatureImages,
        signers: signed.signers,
      });
      const bytes =
        form === 'pdf' ? await renderer.pdf(layout, now()) : await renderer.docx(layout);
      await ledger.append({
        action: 'document.viewed',
        agencyId: theCase.agencyId,
        actor: eventActor(actor),
        target: { type: 'record', id: recordId },
        data: {
          documentId: null,
          caseId: theCase.id,
          recordId,
          form: form === 'pdf' ? 'draft_pdf' : 'draft_docx',
          grantId: theCase.grantId,
        },
      });
      return {
        bytes,
        title: layout.title,
        missing: missingItems(gathered),
        mediaType:
          form === 'pdf'
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: `${layout.title}（草稿）.${form}`,
      };
    },

    async issue(actor: Actor, recordId: string) {
      const { found } = await readableRecord(actor, recordId);
      return issueInside(actor, found);
    },

    async listForCase(actor: Actor, caseId: string) {
      await requireReadable(db, actor, await cases.findCase(db, caseId), now(), {
        permission: 'record:read',
      });
      return repository.listCaseDocuments(db, caseId);
    },

    async get(actor: Actor, documentId: string) {
      const listing = await repository.findDocument(db, documentId);
      if (!listing) throw problems.notFound('该文书');
      await readableRecord(actor, listing.document.recordId, [documentId]);
      return listing;
    },

    /**
     * The issued document through the issued PDF's own door (record:read, masked refused),
     * for the modules that hand it out otherwise: proof bundle, batch print.
     */
    async readable(actor: Actor, documentId: string) {
      const listing = await repository.findDocument(db, documentId);
      if (!listing) throw problems.notFound('该文书');
      const { theCase } = await readableRecord(actor, listing.document.recordId, [documentId]);
      return { listing, theCase };
    },

    /** The issued PDF as stored; who opened it goes on the ledger first. */
    async issuedPdf(actor: Actor, documentId: string) {
      const listing = await repository.findDocument(db, documentId);
      if (!listing) throw problems.notFound('该文书');
      const { theCase } = await readableRecord(actor, listing.document.recordId, [documentId]);
      const { document } = listing;
      await ledger.append({
        action: 'document.viewed',
        agencyId: theCase.agencyId,
        actor: eventActor(actor),
        target: { type: 'document', id: documentId },
        data: {
          documentId,
          caseId: theCase.id,
          recordId: document.recordId,
          form: 'issued_pdf',
          grantId: theCase.grantId,
        },
      });
      const storageKey = evidenceKeyOf(document.sha256);
      return {
        sizeBytes: document.sizeBytes,
        mediaType: 'application/pdf',
        disposition: {
          kind: 'inline' as const,
          name: `${document.number}${document.title}.pdf`,
          fallbackStem: 'document',
        },
        open: (range?: ByteRange) => deps.store.read(storageKey, range),
      };
    },

    /** 作废: the document stays as issued, its number taken; the record may be issued anew. */
    async void(actor: Actor, documentId: string, reason: string) {
      const listing = await repository.findDocument(db, documentId);
      if (!listing) throw problems.notFound('该文书');
      await readableRecord(actor, listing.document.recordId, [documentId]);
      return ledger.transaction(async (tx, record) => {
        const caseRow = await cases.lockCase(tx, listing.document.caseId);
        if (!caseRow) throw problems.notFound('该案件');
        await requireWorker(tx, actor, caseRow, await cases.listOfficers(tx, caseRow.id), now());
        requireOpenCaseFile(caseRow);
        const current = await repository.findDocument(tx, documentId);
        if (current?.voided) throw documentProblems.alreadyVoid();
        const voided = await repository.insertVoid(tx, {
          documentId,
          reason,
          voidedBy: actor.id,
          voidedAt: now(),
        });
        await record({
          action: 'document.voided',
          agencyId: caseRow.agencyId,
          actor: eventActor(actor),
          target: { type: 'document', id: documentId },
          data: { documentId, caseId: caseRow.id, number: listing.document.number, reason },
        });
        return { ...listing, voided };
      });
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
