import { createHash } from 'node:crypto';
import type { CapturedSigner, SignatureRole } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import { problems } from '../http/problem.ts';
import type { IntegrityGuard } from '../integrity/require-intact.ts';
import { currentSignatures } from './current-signatures.ts';
import { listSignatures } from './signatures.repository.ts';

export interface PrintedSignature {
  readonly role: SignatureRole;
  readonly signatureId: string;
  readonly evidenceObjectId: string;
  readonly sha256: string;
  readonly sm3: string;
  readonly png: Uint8Array;
  readonly signer: CapturedSigner;
}

/** What a document made of a record is given: its lines' images, names and times by role. */
export interface SignaturesForDocument {
  readonly printed: readonly PrintedSignature[];
  readonly signatureImages: Partial<Record<SignatureRole, Uint8Array>>;
  readonly signers: Partial<Record<SignatureRole, CapturedSigner>>;
}

export interface SignatureReaderDeps {
  readonly store: EvidenceStore;
  readonly integrity: Pick<IntegrityGuard, 'requireIntactObject'>;
}

async function readWhole(store: EvidenceStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.read(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The current signature of each line of a record, with the image bytes as stored. Bytes
 * that no longer hash to what was stored are not printed: the integrity guard re-proves
 * the object, raises the alarm and refuses (`evidence-corrupted`).
 */
export async function signaturesForDocument(
  db: DbOrTx,
  deps: SignatureReaderDeps,
  recordId: string,
): Promise<SignaturesForDocument> {
  const current = [...currentSignatures(await listSignatures(db, recordId)).values()];
  const printed: PrintedSignature[] = [];
  for (const { signature, object } of current) {
    const png = await readWhole(deps.store, object.storageKey);
    if (createHash('sha256').update(png).digest('hex') !== object.sha256) {
      await deps.integrity.requireIntactObject(object, 'export');
      // Intact when read again: the first read was torn; the clerk can simply retry.
      throw problems.unavailable('读取签名图像时出错，请稍后重试。');
    }
    printed.push({
      role: signature.role,
      signatureId: signature.id,
      evidenceObjectId: object.id,
      sha256: object.sha256,
      sm3: object.sm3,
      png,
      signer: { name: signature.signerName, signedAt: signature.capturedAt.toISOString() },
    });
  }
  return {
    printed,
    signatureImages: Object.fromEntries(printed.map((entry) => [entry.role, entry.png])),
    signers: Object.fromEntries(printed.map((entry) => [entry.role, entry.signer])),
  };
}
