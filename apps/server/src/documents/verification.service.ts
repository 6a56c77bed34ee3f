import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { Problem } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import * as repository from './issued-documents.repository.ts';
import type { IssuedDocumentListing } from './issued-documents.repository.ts';
import { normalizeVerificationCode, printedVerificationCode } from './verification-code.ts';

const unknownCode = () =>
  new Problem(
    404,
    'document-not-found',
    '未查到该文书',
    '未查到与该核验码对应的文书。请核对文书右下角二维码下方的核验码后重试；如仍查不到，该文书可能不是本系统签发的。',
  );

/**
 * The public side of an issued document (`/verify/…`): anyone holding the paper or the PDF
 * learns whether it was issued, when, by which agency and officer, and whether a file is the
 * one issued. Nothing about the party is shown: the holder has the document already.
 */
export function createVerificationService(db: Db) {
  async function publicView(listing: IssuedDocumentListing) {
    const { document, voided } = listing;
    const agency = await findAgency(db, document.agencyId);
    return {
      code: printedVerificationCode(document.verificationCode),
      status: voided === null ? ('issued' as const) : ('voided' as const),
      title: document.title,
      number: document.number,
      agencyName: agency?.name ?? '',
      issuedAt: document.issuedAt.toISOString(),
      issuedByName: listing.issuedByName,
      pageCount: document.pageCount,
      sizeBytes: document.sizeBytes,
      sha256: document.sha256,
      voidedAt: voided?.voidedAt.toISOString() ?? null,
      voidReason: voided?.reason ?? null,
    };
  }

  async function byCode(typed: string) {
    const code = normalizeVerificationCode(typed);
    if (code === null) throw unknownCode();
    const listing = await repository.findByVerificationCode(db, code);
    if (listing === undefined) throw unknownCode();
    return listing;
  }

  return {
    async lookup(typed: string) {
      return publicView(await byCode(typed));
    },

    /** Whether `bytes` are exactly the PDF issued under this code. */
    async compare(typed: string, bytes: Uint8Array) {
      const listing = await byCode(typed);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return {
        matches: sha256 === listing.document.sha256,
        sha256,
        sizeBytes: bytes.length,
        document: await publicView(listing),
      };
    },

    /** A PDF without its code: the issued document with these exact bytes, if any. */
    async identify(bytes: Uint8Array) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const [listing] = await repository.findBySha256(db, sha256);
      return {
        matches: listing !== undefined,
        sha256,
        sizeBytes: bytes.length,
        document: listing === undefined ? null : await publicView(listing),
      };
    },
  };
}

export type VerificationService = ReturnType<typeof createVerificationService>;
