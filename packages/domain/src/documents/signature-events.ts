import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { SIGNATURE_ROLES } from './document-template.ts';

/**
 * What the ledger records about signatures on a record (当事人、执法人员、见证人 … signing
 * on a screen, or a scan of a signature, 指印 or 印章). The image's SHA-256 and SM3 are the
 * entry's hashes, named `signature:<role>`, as they are again on the `document.issued`
 * entry of the document that prints it. The signer's name stays in the database: the
 * ledger outlives a disposed record and carries hashes, not personal data.
 */
export const signatureEvents = defineEvents({
  'signature.captured': {
    label: '采集签名',
    data: z.strictObject({
      signatureId: z.uuid(),
      caseId: z.uuid(),
      recordId: z.uuid(),
      role: z.enum(SIGNATURE_ROLES),
      /** Drawn on a screen, or a scan of paper. */
      method: z.enum(['screen', 'scan']),
      evidenceObjectId: z.uuid(),
      /** The earlier signature for the same line this one replaces. */
      supersedesId: z.uuid().nullable(),
      width: z.number().int().min(1),
      height: z.number().int().min(1),
    }),
  },
  'signature.viewed': {
    label: '查看签名图像',
    data: z.strictObject({
      signatureId: z.uuid(),
      caseId: z.uuid(),
      recordId: z.uuid(),
      evidenceObjectId: z.uuid(),
      grantId: z.uuid().nullable(),
    }),
  },
});
