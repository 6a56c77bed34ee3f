import { createHash } from 'node:crypto';
import { documentDateTime } from '@liuhen/domain';
import type { CheckpointView } from '../ledger/checkpoint-view.ts';
import { verifyBundle } from '../ledger/bundle.ts';

/** What the holder of a PDF learns when it is the document the entry records. */
export interface VerifiedDocument {
  readonly number: string;
  readonly title: string;
  /** As printed in the masthead; null in entries written before it was recorded. */
  readonly masthead: string | null;
  readonly agencyId: string | null;
  /** The ledger entry's time: when the document was issued (ISO 8601). */
  readonly issuedAt: string;
  /** The same in Beijing time, as a document writes it (2026年12月7日14时05分). */
  readonly issuedAtText: string;
  readonly sha256: string;
  readonly sm3: string;
  readonly seq: number;
  readonly checkpoint: CheckpointView;
  /** True when the checkpoint's key is one the caller pinned; false when none was given. */
  readonly keyPinned: boolean;
}

export type DocumentVerdict =
  | { readonly ok: true; readonly document: VerifiedDocument }
  | { readonly ok: false; readonly chinese: string; readonly english: string };

interface IssuedEntry {
  readonly action?: unknown;
  readonly time?: unknown;
  readonly agency?: unknown;
  readonly hashes?: unknown;
  readonly data?: { number?: unknown; title?: unknown; masthead?: unknown };
}

const fail = (chinese: string, english: string): DocumentVerdict => ({
  ok: false,
  chinese,
  english,
});

function documentHash(entry: IssuedEntry, algorithm: 'sha256' | 'sm3'): string | undefined {
  if (!Array.isArray(entry.hashes)) return undefined;
  const found = (entry.hashes as { name?: unknown; algorithm?: unknown; hex?: unknown }[]).find(
    (hash) => hash.name === 'document' && hash.algorithm === algorithm,
  );
  return typeof found?.hex === 'string' ? found.hex : undefined;
}

/**
 * Whether `pdf` is exactly the document whose issuing a proof bundle proves, with nothing
 * but the two files: the bundle is checked as `liuhen verify-bundle` checks it (canonical
 * form, leaf hash, inclusion in the signed checkpoint, the signature), its entry must be a
 * `document.issued`, and the PDF's SHA-256 and SM3 must both be the entry's `document`
 * hashes.
 *
 * Trust: the bundle carries the public key its checkpoint is signed with, so on its own it
 * proves only that it is consistent — anyone can sign a bundle with a key of his own. Pinning
 * the agency's published key (`pinnedKeys`: public keys or their key ids, as
 * /api/v1/public/ledger/keys lists them) is what ties the document to the agency.
 */
export function verifyDocumentBundle(
  pdf: Uint8Array,
  bundleText: string,
  pinnedKeys: readonly string[] = [],
): DocumentVerdict {
  const verdict = verifyBundle(bundleText);
  if (!verdict.ok) {
    return fail(
      '证明包无效（已被改动或不是留痕证明包）',
      `invalid proof bundle: ${verdict.problem}`,
    );
  }
  const { checkpoint } = verdict;
  if (
    pinnedKeys.length > 0 &&
    !pinnedKeys.some((key) => key === checkpoint.publicKey || key === checkpoint.keyId)
  ) {
    return fail(
      `证明包的签名公钥（${checkpoint.keyId}）不是指定的公钥`,
      `the checkpoint is signed by key ${checkpoint.keyId}, not by the pinned key`,
    );
  }
  const entry = verdict.entry as IssuedEntry;
  if (entry.action !== 'document.issued') {
    return fail(
      `证明包记录的不是文书签发（而是 ${String(entry.action)}）`,
      `the bundle's entry is ${String(entry.action)}, not document.issued`,
    );
  }
  const sha256 = documentHash(entry, 'sha256');
  const sm3 = documentHash(entry, 'sm3');
  if (sha256 === undefined || sm3 === undefined) {
    return fail(
      '签发记录中没有文书的 SHA-256 和 SM3 摘要',
      "the entry lacks the document's SHA-256 and SM3 digests",
    );
  }
  const pdfSha256 = createHash('sha256').update(pdf).digest('hex');
  const pdfSm3 = createHash('sm3').update(pdf).digest('hex');
  if (pdfSha256 !== sha256 || pdfSm3 !== sm3) {
    return fail(
      'PDF 与签发的文书不一致（文件已被改动，或不是这份文书）',
      `the PDF is not the issued document: SHA-256 ${pdfSha256}, issued ${sha256}`,
    );
  }
  const data = entry.data ?? {};
  return {
    ok: true,
    document: {
      number: String(data.number),
      title: String(data.title),
      masthead: typeof data.masthead === 'string' ? data.masthead : null,
      agencyId: typeof entry.agency === 'string' ? entry.agency : null,
      issuedAt: String(entry.time),
      issuedAtText: documentDateTime(String(entry.time)),
      sha256,
      sm3,
      seq: verdict.entry.seq as number,
      checkpoint,
      keyPinned: pinnedKeys.length > 0,
    },
  };
}
