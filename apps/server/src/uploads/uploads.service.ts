import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { authorizeCase } from '../access/case-access.ts';
import { eventActor, hasRole, type Actor } from '../auth/actor.ts';
import { findCase } from '../cases/cases.repository.ts';
import type { IngestDependencies } from '../evidence/ingest-verified-file.ts';
import { completeUpload } from './complete-upload.ts';
import { createDigestPool, type DigestPool } from './digest-pool.ts';
import {
  createPartFile,
  partFileSize,
  partPathOf,
  removePartFile,
  truncatePartFile,
} from './part-file.ts';
import { receiveIntoPart } from './receive-into-part.ts';
import { isStateSecret, type UploadDeclaration } from './upload-declaration.ts';
import { uploadProblems } from './upload-problems.ts';
import { createUploadSessions, type UploadLease } from './upload-sessions.ts';
import { uploadView, type UploadView } from './upload-view.ts';
import * as repository from './uploads.repository.ts';
import type { UploadRow } from './uploads.repository.ts';

export interface UploadsServiceOptions extends IngestDependencies {
  readonly uploadsDir: string;
  readonly maxUploadBytes: number;
  readonly pool?: DigestPool;
  /** Test and bench knobs; the defaults are the production values. */
  readonly syncEveryBytes?: number;
  readonly idleTimeoutMs?: number;
}

/** What a HEAD answers: where to continue. */
export interface UploadProgress {
  readonly offset: number;
  readonly length: number;
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * Resumable uploads (tus 1.0, issue 6 Build 1): an upload is created with its declared
 * length and digest, receives bytes into a part file with a durable offset, and on its last
 * byte is verified end to end and becomes an evidence object, or is rejected with nothing
 * stored. Uploads belong to the agency of the user who created them.
 */
export function createUploadsService(options: UploadsServiceOptions) {
  const { db, ledger, uploadsDir } = options;
  const ownPool = options.pool === undefined;
  const pool = options.pool ?? createDigestPool();
  pool.warm();
  const sessions = createUploadSessions(pool);
  /** Bodies being received now, so a shutdown can cut them short (each keeps what arrived). */
  const receiving = new Set<Readable>();

  function agencyOf(actor: Actor): string {
    if (actor.agencyId === null) throw uploadProblems.noAgency();
    return actor.agencyId;
  }

  /**
   * The upload if the actor may touch it; otherwise as if it did not exist (404: a colleague
   * learns nothing of uploads in progress). Its bytes come only from its uploader, whom the
   * ledger names when it is stored; an administrator of its agency may also look at it and
   * end it (a stuck upload of someone absent), ledgered under his own name.
   */
  function mayTouch(actor: Actor, row: UploadRow | undefined, who: 'uploader' | 'or-admin') {
    if (row === undefined || actor.agencyId === null || row.agencyId !== actor.agencyId) {
      return false;
    }
    return row.createdBy === actor.id || (who === 'or-admin' && hasRole(actor, 'admin'));
  }

  async function visible(
    actor: Actor,
    id: string,
    who: 'uploader' | 'or-admin' = 'or-admin',
  ): Promise<UploadRow> {
    const row = await repository.findUpload(db, id);
    if (!mayTouch(actor, row, who)) throw uploadProblems.notFound();
    return row!;
  }

  function closedProblem(row: UploadRow) {
    return uploadProblems.closed(row.status === 'rejected' ? 'rejected' : 'terminated');
  }

  /**
   * Makes the part file agree with the durable offset: bytes after it (written, never
   * fsynced, then a crash) are cut off. Returns the offset the upload continues from.
   */
  async function reconcile(row: UploadRow, partPath: string): Promise<number> {
    const size = await partFileSize(partPath);
    if (size === undefined) {
      // The working file is gone (disk trouble, a cleaned folder): start this file again.
      options.logger?.warn({ uploadId: row.id }, 'upload part file missing; restarting at 0');
      await createPartFile(partPath);
      await repository.setDurableOffset(db, row.id, 0);
      return 0;
    }
    if (size > row.durableOffset) await truncatePartFile(partPath, row.durableOffset);
    if (size < row.durableOffset) {
      options.logger?.warn(
        { uploadId: row.id, size, durableOffset: row.durableOffset },
        'upload part file shorter than its durable offset; continuing from its size',
      );
      await repository.setDurableOffset(db, row.id, size);
      return size;
    }
    return row.durableOffset;
  }

  async function finish(lease: UploadLease, row: UploadRow, partPath: string) {
    const digest = lease.digestAt(partPath, row.lengthBytes);
    try {
      await completeUpload(options, row, partPath, digest);
    } finally {
      lease.discardDigest();
    }
  }

  return {
    /** tus creation. Returns the new upload's id. */
    async create(
      actor: Actor,
      request: {
        lengthBytes: number;
        metadata: Record<string, string>;
        declaration: UploadDeclaration;
      },
    ): Promise<string> {
      const agencyId = agencyOf(actor);
      const { declaration, lengthBytes } = request;
      if (lengthBytes > options.maxUploadBytes) {
        throw uploadProblems.tooLarge(options.maxUploadBytes);
      }
      if (isStateSecret(declaration.classification)) {
        await ledger.append({
          action: 'evidence.upload_rejected',
          agencyId,
          actor: eventActor(actor),
          data: {
            uploadId: null,
            fileName: declaration.fileName,
            reason: 'state-secret-refused',
            computedSha256: null,
            computedSm3: null,
          },
        });
        throw uploadProblems.stateSecret();
      }
      if (declaration.caseId !== null) {
        const caseRow = await findCase(db, declaration.caseId);
        if (caseRow === undefined || caseRow.agencyId !== agencyId) {
          throw uploadProblems.caseNotFound();
        }
        // Bound to a case, the file arrives as that case's material: only one who works
        // the case may put it there (403 with the policy's reason).
        await authorizeCase(db, actor, 'case:work', caseRow, { now: options.now() });
      }
      const id = randomUUID();
      const partPath = partPathOf(uploadsDir, id);
      await createPartFile(partPath);
      try {
        await ledger.transaction(async (tx, record) => {
          await repository.insertUpload(tx, {
            id,
            agencyId,
            createdBy: actor.id,
            lengthBytes,
            metadata: request.metadata,
            declaredAlgorithm: declaration.algorithm,
            declaredDigest: declaration.digest,
            status: 'receiving',
          });
          await record({
            action: 'evidence.upload_started',
            agencyId,
            actor: eventActor(actor),
            target: { type: 'upload', id },
            hashes: [
              { name: 'declared', algorithm: declaration.algorithm, hex: declaration.digest },
            ],
            data: {
              uploadId: id,
              fileName: declaration.fileName,
              mediaType: declaration.mediaType,
              sizeBytes: lengthBytes,
              declaredAlgorithm: declaration.algorithm,
              declaredDigest: declaration.digest,
              caseId: declaration.caseId,
            },
          });
        });
      } catch (error) {
        await removePartFile(partPath);
        throw error;
      }
      return id;
    },

    /**
     * tus HEAD: the durable offset. Repairs the part file after a crash first, and finishes
     * an upload whose bytes all arrived but whose verification a crash interrupted (a
     * client told "all bytes are there" would not send another PATCH).
     */
    async progress(actor: Actor, id: string): Promise<UploadProgress> {
      let row = await visible(actor, id);
      const answer = (offset: number) => ({
        offset,
        length: row.lengthBytes,
        metadata: row.metadata,
      });
      if (row.status === 'completed') return answer(row.lengthBytes);
      if (row.status !== 'receiving') throw closedProblem(row);
      const lease = sessions.tryLock(id);
      // A request is writing: the file is legitimately ahead of the durable offset.
      if (lease === undefined) return answer(row.durableOffset);
      try {
        row = (await repository.findUpload(db, id)) ?? row;
        if (row.status === 'completed') return answer(row.lengthBytes);
        if (row.status !== 'receiving') throw closedProblem(row);
        const partPath = partPathOf(uploadsDir, id);
        const offset = await reconcile(row, partPath);
        if (offset === row.lengthBytes) await finish(lease, row, partPath);
        return answer(offset);
      } finally {
        lease.release();
      }
    },

    /** tus PATCH: appends the body at `offset`; on the last byte, verifies and stores. */
    async append(
      actor: Actor,
      id: string,
      request: { offset: number; contentLength: number | undefined; body: Readable },
    ): Promise<{ offset: number }> {
      const seen = await visible(actor, id, 'uploader');
      if (seen.status === 'completed') {
        if (request.offset === seen.lengthBytes) return { offset: seen.lengthBytes };
        throw uploadProblems.offsetMismatch(seen.lengthBytes);
      }
      if (seen.status !== 'receiving') throw closedProblem(seen);
      const lease = sessions.tryLock(id);
      if (lease === undefined) throw uploadProblems.busy();
      try {
        // Read again under the lease: another request may have moved it on meanwhile.
        const row = await repository.findUpload(db, id);
        if (row === undefined) throw uploadProblems.notFound();
        if (row.status === 'completed' && request.offset === row.lengthBytes) {
          return { offset: row.lengthBytes };
        }
        if (row.status !== 'receiving') throw closedProblem(row);
        const partPath = partPathOf(uploadsDir, id);
        let offset = await reconcile(row, partPath);
        if (request.offset !== offset) throw uploadProblems.offsetMismatch(offset);
        const remaining = row.lengthBytes - offset;
        if (request.contentLength !== undefined && request.contentLength > remaining) {
          throw uploadProblems.beyondLength(row.lengthBytes);
        }
        if (remaining > 0) {
          const digest = lease.digestAt(partPath, offset);
          let received;
          receiving.add(request.body);
          try {
            received = await receiveIntoPart({
              body: request.body,
              partPath,
              offset,
              remaining,
              digest,
              onDurable: (durable) => repository.setDurableOffset(db, id, durable),
              ...(options.syncEveryBytes === undefined
                ? {}
                : { syncEveryBytes: options.syncEveryBytes }),
              ...(options.idleTimeoutMs === undefined
                ? {}
                : { idleTimeoutMs: options.idleTimeoutMs }),
            });
          } catch (error) {
            lease.discardDigest();
            throw error;
          } finally {
            receiving.delete(request.body);
          }
          offset = received.offset;
          if (received.overflow) throw uploadProblems.beyondLength(row.lengthBytes);
        }
        if (offset === row.lengthBytes) {
          await finish(lease, { ...row, durableOffset: offset }, partPath);
        }
        return { offset };
      } finally {
        lease.release();
      }
    },

    /** tus termination: the part file goes; a completed upload is an original and stays. */
    async terminate(actor: Actor, id: string): Promise<void> {
      const seen = await visible(actor, id);
      if (seen.status === 'completed') throw uploadProblems.completedCannotTerminate();
      if (seen.status !== 'receiving') return;
      const lease = sessions.tryLock(id);
      if (lease === undefined) throw uploadProblems.busy();
      try {
        const row = await repository.findUpload(db, id);
        if (row === undefined || row.status !== 'receiving') {
          if (row?.status === 'completed') throw uploadProblems.completedCannotTerminate();
          return;
        }
        await ledger.transaction(async (tx, record) => {
          await repository.markTerminated(tx, id);
          await record({
            action: 'evidence.upload_terminated',
            agencyId: row.agencyId,
            actor: eventActor(actor),
            target: { type: 'upload', id },
            data: {
              uploadId: id,
              fileName: row.metadata.filename ?? '',
              receivedBytes: row.durableOffset,
            },
          });
        });
        lease.discardDigest();
        await removePartFile(partPathOf(uploadsDir, id));
      } finally {
        lease.release();
      }
    },

    async view(actor: Actor, id: string): Promise<UploadView> {
      const found = await repository.findUploadWithObject(db, id);
      if (found === undefined || !mayTouch(actor, found.upload, 'or-admin')) {
        throw uploadProblems.notFound();
      }
      return uploadView(found.upload, found.evidenceObject);
    },

    /**
     * Ends every body being received as if its sender had gone: each request fsyncs what
     * arrived and records its offset, so a stopping server neither waits for slow senders
     * nor loses acknowledged bytes. Clients resume after the restart.
     */
    interrupt() {
      for (const body of receiving) body.destroy(new Error('the server is stopping'));
    },

    async close() {
      sessions.close();
      if (ownPool) await pool.close();
    },
  };
}

export type UploadsService = ReturnType<typeof createUploadsService>;
