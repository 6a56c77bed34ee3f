import type { EventData } from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import type { EventInput } from '../ledger/prepared-event.ts';
import type { IssuedDocumentRow } from './issued-documents.repository.ts';

type ViewedData = EventData<'document.viewed'>;

/**
 * `document.viewed` for an issued document handed out in some form (proof bundle, batch
 * print, party copy): every way the issued PDF leaves the server is a read on the ledger.
 */
export function issuedDocumentRead(
  actor: Actor,
  theCase: { readonly agencyId: string; readonly grantId: string | null },
  document: IssuedDocumentRow,
  form: ViewedData['form'],
  more: Pick<ViewedData, 'batch' | 'copy'> = {},
): EventInput<'document.viewed'> {
  return {
    action: 'document.viewed',
    agencyId: theCase.agencyId,
    actor: eventActor(actor),
    target: { type: 'document', id: document.id },
    data: {
      documentId: document.id,
      caseId: document.caseId,
      recordId: document.recordId,
      form,
      grantId: theCase.grantId,
      ...more,
    },
  };
}
