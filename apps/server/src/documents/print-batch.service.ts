import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { Actor } from '../auth/actor.ts';
import { requireReadable } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { Db } from '../db/database.ts';
import { findEvidenceObject } from '../evidence/evidence-objects.repository.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import { problems } from '../http/problem.ts';
import type { IntegrityGuard } from '../integrity/require-intact.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { handoutProblems } from './document-handout-problems.ts';
import { issuedDocumentRead } from './document-read-event.ts';
import type { DocumentsService } from './documents.service.ts';
import type { IssuedDocumentRow } from './issued-documents.repository.ts';
import { mergePdfs } from './merge-pdfs.ts';

export const MAX_BATCH = 50;

/**
 * 批量打印: several issued documents of one case as one PDF, in the order chosen (for
 * serving a set of documents, or filing). Each document passes the issued PDF's own door and
 * its bytes are re-proved against their digests before they are printed; every one is a read
 * on the ledger, recorded before the merged file is served. A voided document is refused: a
 * print-out carries no mark that it was voided.
 */
export function createBatchPrinter(deps: {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly documents: DocumentsService;
  readonly integrity: Pick<IntegrityGuard, 'requireIntactObject'>;
  readonly now: () => Date;
}) {
  const { db, ledger, store, documents, now } = deps;

  /** The stored PDF, read once and checked against both digests; a mismatch raises the alarm. */
  async function intactBytes(document: IssuedDocumentRow): Promise<Uint8Array> {
    const object = await findEvidenceObject(db, document.evidenceObjectId);
    if (object === undefined) throw problems.notFound('该文书的存档文件');
    const bytes = await buffer(await store.read(object.storageKey));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const sm3 = createHash('sm3').update(bytes).digest('hex');
    if (sha256 !== object.sha256 || sm3 !== object.sm3 || sha256 !== document.sha256) {
      // Hashes again, records the alarm and throws the refusal that names the object.
      await deps.integrity.requireIntactObject(object, 'copy');
      throw new Error(`issued PDF ${document.id} does not match its digests`);
    }
    return bytes;
  }

  return {
    async print(actor: Actor, caseId: string, documentIds: readonly string[]) {
      const theCase = await requireReadable(db, actor, await cases.findCase(db, caseId), now(), {
        permission: 'record:read',
      });
      const chosen: Awaited<ReturnType<DocumentsService['readable']>>[] = [];
      for (const id of documentIds) chosen.push(await documents.readable(actor, id));
      const foreign = chosen.filter(({ listing }) => listing.document.caseId !== caseId);
      if (foreign.length > 0) {
        throw handoutProblems.notOfCase(foreign.map(({ listing }) => listing.document.number));
      }
      const voided = chosen.filter(({ listing }) => listing.voided !== null);
      if (voided.length > 0) {
        throw handoutProblems.voided(voided.map(({ listing }) => listing.document.number));
      }
      const files: Uint8Array[] = [];
      for (const { listing } of chosen) files.push(await intactBytes(listing.document));
      const at = now();
      const numbers = chosen.map(({ listing }) => listing.document.number);
      const merged = await mergePdfs(files, {
        title: `${theCase.caseNumber} 文书批量打印（${chosen.length} 份）`,
        subject: numbers.join('、'),
        at,
      });
      await ledger.transaction(async (_tx, record) => {
        for (const [index, { listing, theCase: seen }] of chosen.entries()) {
          await record(
            issuedDocumentRead(actor, seen, listing.document, 'print_batch', {
              batch: { position: index + 1, size: chosen.length },
            }),
          );
        }
      });
      return {
        bytes: merged.bytes,
        pageCount: merged.pageCount,
        numbers,
        fileName: `${theCase.caseNumber}文书批量打印.pdf`,
      };
    },
  };
}

export type BatchPrinter = ReturnType<typeof createBatchPrinter>;
