import { RECORD_TYPE_IDS } from '@liuhen/domain';
import { z } from 'zod';
import type { IssuedDocumentListing } from './issued-documents.repository.ts';
import { printedVerificationCode } from './verification-code.ts';

export const issuedDocumentSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    recordId: z.uuid(),
    kind: z.enum(RECORD_TYPE_IDS),
    title: z.string(),
    number: z.string().describe('文号'),
    sha256: z.string(),
    sizeBytes: z.number().int(),
    pageCount: z.number().int(),
    verificationCode: z.string().describe('核验码，印在每页二维码下方'),
    issuedAt: z.iso.datetime(),
    issuedBy: z.object({ id: z.uuid(), name: z.string() }),
    voided: z
      .object({ at: z.iso.datetime(), reason: z.string(), by: z.uuid() })
      .nullable()
      .describe('作废信息；未作废为 null'),
  })
  .meta({ id: 'IssuedDocument' });

export function issuedDocumentView(listing: IssuedDocumentListing) {
  const { document, voided } = listing;
  return {
    id: document.id,
    caseId: document.caseId,
    recordId: document.recordId,
    kind: document.kind,
    title: document.title,
    number: document.number,
    sha256: document.sha256,
    sizeBytes: document.sizeBytes,
    pageCount: document.pageCount,
    verificationCode: printedVerificationCode(document.verificationCode),
    issuedAt: document.issuedAt.toISOString(),
    issuedBy: { id: document.issuedBy, name: listing.issuedByName },
    voided:
      voided === null
        ? null
        : { at: voided.voidedAt.toISOString(), reason: voided.reason, by: voided.voidedBy },
  };
}

export const publicDocumentSchema = z
  .object({
    code: z.string(),
    status: z.enum(['issued', 'voided']).describe('issued 有效签发；voided 已作废'),
    title: z.string(),
    number: z.string(),
    agencyName: z.string(),
    issuedAt: z.iso.datetime(),
    issuedByName: z.string(),
    pageCount: z.number().int(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    voidedAt: z.iso.datetime().nullable(),
    voidReason: z.string().nullable(),
  })
  .meta({ id: 'PublicDocument' });

export const fileComparisonSchema = z
  .object({
    matches: z.boolean().describe('上传的文件与签发时存档的 PDF 逐字节一致'),
    sha256: z.string().describe('上传文件的 SHA-256'),
    sizeBytes: z.number().int(),
    document: publicDocumentSchema.nullable(),
  })
  .meta({ id: 'DocumentFileComparison' });
