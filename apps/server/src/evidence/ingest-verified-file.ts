import { link, rm } from 'node:fs/promises';
import type { Db } from '../db/database.ts';
import { findUserById } from '../identity/users.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { describeMedia } from '../media/describe-media.ts';
import { makePoster } from '../media/make-poster.ts';
import { markCompleted } from '../uploads/uploads.repository.ts';
import {
  insertOrFindEvidenceObject,
  type EvidenceObjectRow,
} from './evidence-objects.repository.ts';
import type { EvidenceStore } from './evidence-store.ts';

/** A complete local file whose digests the caller has computed and checked. */
export interface VerifiedFile {
  readonly agencyId: string;
  readonly userId: string;
  /**
   * Consumed: removed once the object is stored and recorded. It must be a file the server
   * owns (a part file, or an importer's copy in the uploads folder, hashed as copied), since
   * it is hard-linked beside itself; a camera's own file is copied there first.
   */
  readonly path: string;
  readonly sha256: string;
  readonly sm3: string;
  readonly sizeBytes: number;
  readonly mediaType: string;
  readonly originalName: string;
  readonly source: 'upload' | 'station_import';
  /** The upload it arrived through, marked completed in the same transaction. */
  readonly uploadId: string | null;
}

export interface IngestDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly postersDir: string;
  readonly now: () => Date;
  readonly logger?: { warn(object: unknown, message: string): void };
}

export interface IngestResult {
  readonly evidenceObject: EvidenceObjectRow;
  /** False when the store already held these bytes (for any agency). */
  readonly newInStore: boolean;
}

/**
 * Verified file → evidence object: the one step both the tus uploads and the
 * collection-station importer end in. The store receives a hard link to the file, so the
 * file itself survives until the database says the object is stored: a crash between the
 * two leaves the file in place, and doing this again finds the same bytes in the store and
 * finishes. The poster is best effort and never fails the ingest.
 */
export async function ingestVerifiedFile(
  deps: IngestDependencies,
  file: VerifiedFile,
): Promise<IngestResult> {
  const { db, ledger, store } = deps;
  const user = await findUserById(db, file.userId);
  if (!user) throw new Error(`ingest: no user ${file.userId}`);
  const media = await describeMedia(file.path);

  const commitPath = `${file.path}.commit`;
  await rm(commitPath, { force: true });
  await link(file.path, commitPath);
  let committed;
  try {
    committed = await store.commit({
      path: commitPath,
      sha256: file.sha256,
      sizeBytes: file.sizeBytes,
    });
  } catch (error) {
    await rm(commitPath, { force: true });
    throw error;
  }

  const evidenceObject = await ledger.transaction(async (tx, record) => {
    const { row } = await insertOrFindEvidenceObject(tx, {
      agencyId: file.agencyId,
      sha256: file.sha256,
      sm3: file.sm3,
      sizeBytes: file.sizeBytes,
      storageKey: committed.key,
      mediaType: file.mediaType,
      originalName: file.originalName,
      source: file.source,
      media,
      storedBy: file.userId,
      storedAt: deps.now(),
    });
    if (file.uploadId !== null) await markCompleted(tx, file.uploadId, row.id);
    await record({
      action: 'evidence.stored',
      agencyId: file.agencyId,
      actor: { type: 'user', id: user.id, username: user.username },
      target: { type: 'evidence_object', id: row.id },
      hashes: [
        { name: 'file', algorithm: 'sha256', hex: file.sha256 },
        { name: 'file', algorithm: 'sm3', hex: file.sm3 },
      ],
      data: {
        evidenceObjectId: row.id,
        uploadId: file.uploadId,
        source: file.source,
        fileName: file.originalName,
        mediaType: file.mediaType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        sm3: file.sm3,
        newInStore: committed.created,
      },
    });
    return row;
  });

  if (media?.videoCodec !== undefined) {
    await makePoster({
      videoPath: file.path,
      sha256: file.sha256,
      postersDir: deps.postersDir,
      ...(media.durationSeconds === undefined ? {} : { durationSeconds: media.durationSeconds }),
    }).catch((error: unknown) => {
      deps.logger?.warn({ err: error, sha256: file.sha256 }, 'poster could not be made');
    });
  }
  await rm(file.path, { force: true });
  return { evidenceObject, newInStore: committed.created };
}
