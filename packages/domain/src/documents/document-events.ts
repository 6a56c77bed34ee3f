import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { issuedCopySchema } from '../evidence/evidence-events.ts';
import { RECORD_TYPE_IDS } from '../records/record-type-ids.ts';
import { SIGNATURE_ROLES } from './document-template.ts';

/**
 * What the ledger records about documents. An issued document's PDF digests (SHA-256 and
 * SM3) are in the entry's hashes, named `document`, with those of the signature images it
 * carries (`signature:<role>`): a proof bundle of this entry is what an outsider checks a
 * PDF against offline (`liuhen document verify`).
 */
export const documentEvents = defineEvents({
  'document.settings_saved': {
    label: '保存本机关文书设置',
    data: z.strictObject({
      version: z.number().int().min(1),
      /** The kinds whose 文号 pattern this version sets. */
      patternKinds: z.array(z.enum(RECORD_TYPE_IDS)),
    }),
  },
  /**
   * An agency's template of one kind saved as a new version (恢复默认 saves the built-in one);
   * the template's canonical JSON digest is in the entry's hashes (`document-template.json`).
   */
  'document.template_saved': {
    label: '保存本机关文书模板',
    data: z.strictObject({
      kind: z.enum(RECORD_TYPE_IDS),
      version: z.number().int().min(1),
      title: z.string(),
      /** Whether the version saved is the built-in template as it stands (恢复默认). */
      matchesDefault: z.boolean(),
    }),
  },
  'document.issued': {
    label: '签发文书',
    data: z.strictObject({
      documentId: z.uuid(),
      caseId: z.uuid(),
      recordId: z.uuid(),
      kind: z.enum(RECORD_TYPE_IDS),
      /** 文号 as printed. */
      number: z.string(),
      year: z.number().int(),
      sequence: z.number().int().min(1),
      title: z.string(),
      sizeBytes: z.number().int().min(1),
      evidenceObjectId: z.uuid(),
      /** The agency's template version it was made with; null: the built-in template. */
      templateVersion: z.number().int().min(1).nullable(),
      settingsVersion: z.number().int().min(1).nullable(),
      /**
       * The issuing agency as printed in the masthead: what `liuhen document verify` shows,
       * offline, from the proof bundle alone. Absent in entries written before it was added.
       */
      masthead: z.string().optional(),
      /**
       * The captured signatures printed on it, each line's newest (hashes named
       * `signature:<role>`). Absent on entries written before signatures were captured.
       */
      signatures: z
        .array(
          z.strictObject({
            role: z.enum(SIGNATURE_ROLES),
            signatureId: z.uuid(),
            evidenceObjectId: z.uuid(),
          }),
        )
        .optional(),
    }),
  },
  'document.voided': {
    label: '作废文书',
    data: z.strictObject({
      documentId: z.uuid(),
      caseId: z.uuid(),
      number: z.string(),
      reason: z.string(),
    }),
  },
  /** 电子送达: a link to the issued PDF sent to the party's agreed address. */
  'document.sent_electronically': {
    label: '电子送达文书',
    data: z.strictObject({
      deliveryId: z.uuid(),
      documentId: z.uuid(),
      caseId: z.uuid(),
      recipientName: z.string(),
      address: z.string(),
      consent: z.string(),
      expiresAt: z.iso.datetime(),
    }),
  },
  /** The party opened the document through the link for the first time: it is served. */
  'document.delivered': {
    label: '电子送达已送达',
    data: z.strictObject({
      deliveryId: z.uuid(),
      documentId: z.uuid(),
      caseId: z.uuid(),
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
    }),
  },
  'document.viewed': {
    label: '查看文书',
    data: z.strictObject({
      documentId: z.uuid().nullable(),
      caseId: z.uuid(),
      recordId: z.uuid(),
      /**
       * `pdf`/`docx` of a draft; the issued PDF; its ledger proof bundle; the issued PDF in a
       * batch printed with others of the case; a marked party copy (复制件) of it.
       */
      form: z.enum([
        'draft_pdf',
        'draft_docx',
        'issued_pdf',
        'proof_bundle',
        'print_batch',
        'party_copy',
      ]),
      grantId: z.uuid().nullable(),
      /** For `print_batch`: where in the printed batch, and how many it held. */
      batch: z
        .strictObject({ position: z.number().int().min(1), size: z.number().int().min(1) })
        .optional(),
      /** For `party_copy`: the marked copy handed out (the original's bytes never are). */
      copy: issuedCopySchema.optional(),
    }),
  },
});
