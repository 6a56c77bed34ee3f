import { SIGNATURE_ROLE_LABELS } from '@liuhen/domain';
import { evidenceObjectView } from '../evidence/evidence-object-view.ts';
import type { RecordSignatureView } from './signature-schemas.ts';
import type { SignatureListing } from './signatures.repository.ts';

export function signatureView(listing: SignatureListing, current: boolean): RecordSignatureView {
  const { signature, object, capturedByName } = listing;
  return {
    id: signature.id,
    recordId: signature.recordId,
    role: signature.role,
    roleLabel: SIGNATURE_ROLE_LABELS[signature.role],
    signerName: signature.signerName,
    method: signature.method,
    capturedAt: signature.capturedAt.toISOString(),
    capturedBy: { id: signature.capturedBy, name: capturedByName },
    supersedesId: signature.supersedesId,
    current,
    evidenceObject: evidenceObjectView(object),
  };
}
