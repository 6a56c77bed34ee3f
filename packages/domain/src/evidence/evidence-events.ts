import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { AV_SITUATIONS } from '../records/av-situation.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The marked copy a download handed out (issue 7): its own id and hash, so a copy found
 * later can be matched to this entry, and the mark it carries (requester, grant, time).
 */
export const issuedCopySchema = z.strictObject({
  copyId: z.uuid(),
  sha256: hex64,
  sizeBytes: z.number().int().nonnegative(),
  mark: z.string(),
});

/**
 * What the ledger records about evidence: every upload begun, refused or stored, every AV
 * record made or amended, and every view or download of a recording with who and why
 * (004 第十九条, 003 第三十条: use is restricted and must be traceable).
 */
export const evidenceEvents = defineEvents({
  'evidence.upload_started': {
    label: '开始上传证据文件',
    data: z.strictObject({
      uploadId: z.uuid(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int().nonnegative(),
      declaredAlgorithm: z.enum(['sha256', 'sm3']),
      declaredDigest: hex64,
      caseId: z.uuid().nullable(),
    }),
  },
  'evidence.upload_rejected': {
    label: '证据文件上传被拒绝',
    data: z.strictObject({
      uploadId: z.uuid().nullable(),
      fileName: z.string(),
      /** The problem type the client was given, e.g. upload-hash-mismatch. */
      reason: z.string(),
      /** What the server computed, when it got that far. */
      computedSha256: hex64.nullable(),
      computedSm3: hex64.nullable(),
    }),
  },
  'evidence.upload_terminated': {
    label: '取消证据文件上传',
    data: z.strictObject({
      uploadId: z.uuid(),
      fileName: z.string(),
      /** Bytes received and discarded; nothing reached the store. */
      receivedBytes: z.number().int().nonnegative(),
    }),
  },
  'evidence.stored': {
    label: '证据文件存入专用存储器',
    data: z.strictObject({
      evidenceObjectId: z.uuid(),
      uploadId: z.uuid().nullable(),
      source: z.enum(['upload', 'station_import', 'issued_document', 'signature']),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int().nonnegative(),
      sha256: hex64,
      sm3: hex64,
      /** False when the same bytes were already in the store (kept, not written again). */
      newInStore: z.boolean(),
    }),
  },
  'av_record.created': {
    label: '登记音像记录',
    data: z.strictObject({
      avRecordId: z.uuid(),
      caseId: z.uuid(),
      evidenceObjectId: z.uuid(),
      name: z.string(),
      situations: z.array(z.enum(AV_SITUATIONS)),
      recordId: z.uuid().nullable(),
    }),
  },
  'av_record.amended': {
    label: '补正音像记录信息',
    data: z.strictObject({
      avRecordId: z.uuid(),
      versionId: z.uuid(),
      supersedesId: z.uuid(),
      reason: z.string(),
    }),
  },
  'av_record.accessed': {
    label: '查看或下载音像记录',
    data: z.strictObject({
      avRecordId: z.uuid(),
      caseId: z.uuid(),
      evidenceObjectId: z.uuid(),
      purpose: z.enum(['view', 'download']),
      reason: z.string(),
      /** The approved access request it went through, when the role did not reach. */
      grantId: z.uuid().nullable().optional(),
      copy: issuedCopySchema.optional(),
    }),
  },
});
