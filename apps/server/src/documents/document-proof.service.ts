import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { entriesForTargets, waitingInOutbox } from '../integrity/ledger-targets.ts';
import { serializeBundle } from '../ledger/bundle.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { createLedgerReader } from '../ledger/ledger-reader.ts';
import { handoutProblems } from './document-handout-problems.ts';
import { issuedDocumentRead } from './document-read-event.ts';
import type { DocumentsService } from './documents.service.ts';

/**
 * 核验包: the ledger proof bundle of a document's `document.issued` entry — the entry (with
 * the PDF's SHA-256 and SM3), its inclusion proof and a signed checkpoint — so that whoever
 * holds the PDF and this file can prove offline (`liuhen document verify`) that exactly these
 * bytes were issued and recorded, with no access to this server.
 *
 * An entry not yet covered by a signed checkpoint is answered 409 (try again shortly), not
 * signed on demand: the checkpointer signs every second, and a request that signed every
 * agency's logs would let any reader drive the signing key.
 */
export function createDocumentProofs(deps: {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly documents: DocumentsService;
}) {
  const { db, ledger, documents } = deps;
  const reader = createLedgerReader(db);

  return {
    async bundle(actor: Actor, documentId: string) {
      const { listing, theCase } = await documents.readable(actor, documentId);
      const { document } = listing;
      const target = `document:${documentId}`;
      const [entry] =
        (await entriesForTargets(db, [target], ['document.issued'])).get(target) ?? [];
      if (entry === undefined) {
        if (await waitingInOutbox(db, 'document', documentId)) throw handoutProblems.proofPending();
        throw handoutProblems.proofMissing(document.number);
      }
      const bundle = await reader.bundle(entry.log, entry.seq).catch((error: unknown) => {
        if ((error as { slug?: string }).slug === 'ledger-entry-not-checkpointed') {
          throw handoutProblems.proofPending();
        }
        throw error;
      });
      await ledger.append(issuedDocumentRead(actor, theCase, document, 'proof_bundle'));
      return {
        /** The exact bytes `verifyBundle` accepts: any re-serialisation would fail it. */
        text: serializeBundle(bundle),
        fileName: `${document.number}.proof.json`,
      };
    },
  };
}

export type DocumentProofs = ReturnType<typeof createDocumentProofs>;
