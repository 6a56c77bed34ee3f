import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** Where an original's own ledger entry is: the act that sealed or stored it. */
export const ledgerEntryRefSchema = z.strictObject({
  log: z.string(),
  seq: z.number().int().nonnegative(),
});

/** A case an evidence object belongs to, and through what (an AV record, an attachment…). */
export const objectCaseSchema = z.strictObject({
  caseId: z.uuid(),
  via: z.enum(['av_record', 'record_attachment', 'imported_file']),
  id: z.uuid(),
});

/** Which kind of sealed row did not match its ledger entry. */
export const SEALED_ROW_KINDS = [
  'case_record',
  'av_record',
  'record_attachment',
  'approval_action',
  'evidence_object',
] as const;
export type SealedRowKind = (typeof SEALED_ROW_KINDS)[number];

/**
 * What the ledger records when an original is found altered (issue 14): the evidence scrub,
 * a copy or an export re-proving it, or the row check comparing a sealed row with its
 * ledger entry. Entries hold ids and digests only, like every other entry.
 */
export const integrityEvents = defineEvents({
  'integrity.evidence_corrupted': {
    label: '证据文件内容与入库哈希不符',
    data: z.strictObject({
      evidenceObjectIds: z.array(z.uuid()),
      storageKey: z.string(),
      expected: z.strictObject({ sha256: hex64, sm3: hex64, sizeBytes: z.number().int() }),
      /** What the stored bytes hash to now; null when the object is gone or unreadable. */
      found: z
        .strictObject({ sha256: hex64, sm3: hex64.nullable(), sizeBytes: z.number().int() })
        .nullable(),
      cases: z.array(objectCaseSchema),
      ledgerEntries: z.array(ledgerEntryRefSchema),
      detectedBy: z.enum(['scrub', 'copy', 'export', 'view']),
    }),
  },
  'integrity.record_altered': {
    label: '已封存记录与留痕日志不符',
    data: z.strictObject({
      kind: z.enum(SEALED_ROW_KINDS),
      rowId: z.string(),
      caseId: z.uuid().nullable(),
      ledgerEntry: ledgerEntryRefSchema.nullable(),
      problem: z.string(),
      detectedBy: z.enum(['scrub', 'export', 'read']),
    }),
  },
  'integrity.alarm_cleared': {
    label: '完整性报警解除（原件复核一致）',
    data: z.strictObject({
      kind: z.string(),
      subjectId: z.string(),
    }),
  },
});
