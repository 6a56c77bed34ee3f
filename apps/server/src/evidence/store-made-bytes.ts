import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eventActor, type Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import type { StoredMediaInfo } from '../db/schema.ts';
import { insertOrFindEvidenceObject } from './evidence-objects.repository.ts';
import type { EvidenceStore } from './evidence-store.ts';
import type { RecordEvent } from '../ledger/ledger.ts';

/** Bytes the server itself receives whole or makes, as opposed to tus uploads and imports. */
export type MadeBytesSource = 'issued_document' | 'signature';

export interface StoredMadeBytes {
  readonly evidenceObjectId: string;
  readonly sha256: string;
  readonly sm3: string;
  readonly sizeBytes: number;
}

/**
 * Bytes that become an evidence object in one request — an issued document's PDF, a
 * captured signature — like any original: written to the write-once store under their
 * SHA-256, recorded with both digests (`evidence.stored`), and from then on checked by the
 * integrity scrub with every other object. Runs inside the caller's transaction; if that
 * rolls back, the stored bytes stay unreferenced (harmless: the store is content-addressed,
 * and nothing points at them).
 */
export async function storeMadeBytes(
  tx: DbOrTx,
  record: RecordEvent,
  deps: { readonly store: EvidenceStore; readonly workDir: string; readonly now: () => Date },
  input: {
    readonly agencyId: string;
    readonly actor: Actor;
    readonly bytes: Uint8Array;
    readonly fileName: string;
    readonly mediaType: string;
    readonly source: MadeBytesSource;
    /** What is known of an image's size, as ffprobe would have said it of a video. */
    readonly media?: StoredMediaInfo;
  },
): Promise<StoredMadeBytes> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const sm3 = createHash('sm3').update(input.bytes).digest('hex');
  await mkdir(deps.workDir, { recursive: true });
  const file = path.join(deps.workDir, `${input.source}-${randomUUID()}.part`);
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
    mediaType: input.mediaType,
    originalName: input.fileName,
    source: input.source,
    media: input.media ?? null,
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
      source: input.source,
      fileName: input.fileName,
      mediaType: input.mediaType,
      sizeBytes: input.bytes.length,
      sha256,
      sm3,
      newInStore: committed.created,
    },
  });
  return { evidenceObjectId: row.id, sha256, sm3, sizeBytes: input.bytes.length };
}
