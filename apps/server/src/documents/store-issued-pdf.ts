import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eventActor, type Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { insertOrFindEvidenceObject } from '../evidence/evidence-objects.repository.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import type { RecordEvent } from '../ledger/ledger.ts';

export interface StoredPdf {
  readonly evidenceObjectId: string;
  readonly sha256: string;
  readonly sm3: string;
  readonly sizeBytes: number;
}

/**
 * An issued document's PDF becomes an evidence object like any original: written to the
 * write-once store under its SHA-256, recorded with both digests (`evidence.stored`), and
 * from then on checked by the integrity scrub with every other object. Runs inside the
 * issuing transaction; if that rolls back, the stored bytes stay unreferenced (harmless:
 * the store is content-addressed, and nothing points at them).
 */
export async function storeIssuedPdf(
  tx: DbOrTx,
  record: RecordEvent,
  deps: { readonly store: EvidenceStore; readonly workDir: string; readonly now: () => Date },
  input: {
    readonly agencyId: string;
    readonly actor: Actor;
    readonly bytes: Uint8Array;
    readonly fileName: string;
  },
): Promise<StoredPdf> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const sm3 = createHash('sm3').update(input.bytes).digest('hex');
  await mkdir(deps.workDir, { recursive: true });
  const file = path.join(deps.workDir, `document-${randomUUID()}.pdf`);
  await writeFile(file, input.bytes);
  let committed;
  try {
    committed = await deps.store.commit({ path: file, sha256, sizeBytes: input.bytes.length });
  } finally {
    await rm(file, { force: true });
  }
  const { row } = await insertOrFindEvidenceObject(tx, {
    agencyId: input.agencyId,
    sha256,
    sm3,
    sizeBytes: input.bytes.length,
    storageKey: committed.key,
    mediaType: 'application/pdf',
    originalName: input.fileName,
    source: 'issued_document',
    media: null,
    storedBy: input.actor.id,
    storedAt: deps.now(),
  });
  await record({
    action: 'evidence.stored',
    agencyId: input.agencyId,
    actor: eventActor(input.actor),
    target: { type: 'evidence_object', id: row.id },
    hashes: [
      { name: 'file', algorithm: 'sha256', hex: sha256 },
      { name: 'file', algorithm: 'sm3', hex: sm3 },
    ],
    data: {
      evidenceObjectId: row.id,
      uploadId: null,
      source: 'issued_document',
      fileName: input.fileName,
      mediaType: 'application/pdf',
      sizeBytes: input.bytes.length,
      sha256,
      sm3,
      newInStore: committed.created,
    },
  });
  return { evidenceObjectId: row.id, sha256, sm3, sizeBytes: input.bytes.length };
}
