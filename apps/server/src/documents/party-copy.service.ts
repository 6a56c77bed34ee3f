import { partyCopyGrant } from '../access/party-copy-grant.ts';
import { authorizeCase } from '../access/case-access.ts';
import type { Actor } from '../auth/actor.ts';
import * as cases from '../cases/cases.repository.ts';
import type { Db } from '../db/database.ts';
import type { CopyIssuer } from '../evidence/copy-issuer.ts';
import { copyInEvent } from '../evidence/copy-issuer.ts';
import { findEvidenceObject } from '../evidence/evidence-objects.repository.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { handoutProblems } from './document-handout-problems.ts';
import { issuedDocumentRead } from './document-read-event.ts';
import * as repository from './issued-documents.repository.ts';

/**
 * 当事人复制 of an issued document (001 第十二条): once the agency head has approved a
 * `party_copy` request naming the document, its record or the whole case, the clerk it names
 * downloads a marked copy — 复制件, the party's name, who handed it over, when, under which
 * grant — never the original's bytes. The copy's digest and mark go on the ledger.
 */
export function createPartyCopies(deps: {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly copies: CopyIssuer;
  readonly now: () => Date;
}) {
  const { db, ledger, copies, now } = deps;

  return {
    async copy(actor: Actor, documentId: string) {
      const listing = await repository.findDocument(db, documentId);
      if (!listing) throw problems.notFound('该文书');
      const { document } = listing;
      const row = await cases.findCase(db, document.caseId);
      const grant = await partyCopyGrant(
        db,
        actor,
        { caseId: document.caseId, subjectIds: [documentId, document.recordId] },
        now(),
      );
      if (grant === undefined) {
        // Someone who may not know the case exists learns nothing more here.
        await authorizeCase(db, actor, 'case:read', row, { now: now() }).catch((error: unknown) => {
          if ((error as { status?: number }).status === 404) throw error;
        });
        throw handoutProblems.partyCopyNotApproved();
      }
      if (listing.voided !== null) throw handoutProblems.voided([document.number]);
      const object = await findEvidenceObject(db, document.evidenceObjectId);
      if (object === undefined) throw problems.notFound('该文书的存档文件');
      const name = `${document.number}${document.title}.pdf`;
      const copy = await copies.forAccess('download', {
        actor,
        grantId: grant.grantId,
        object,
        fileName: name,
        forParty: { name: grant.party },
      });
      await ledger.append(
        issuedDocumentRead(
          actor,
          { agencyId: document.agencyId, grantId: grant.grantId },
          document,
          'party_copy',
          copyInEvent(copy),
        ),
      );
      const opened = await copies.open(copy!.file, 'application/pdf', name);
      return {
        sizeBytes: opened.sizeBytes,
        mediaType: 'application/pdf',
        open: opened.open,
        disposition: {
          kind: 'attachment' as const,
          name: `${document.number}${document.title}（复制件）.pdf`,
          fallbackStem: 'copy',
        },
      };
    },
  };
}

export type PartyCopies = ReturnType<typeof createPartyCopies>;
