import { findUserById } from '../identity/users.repository.ts';
import { ingestVerifiedFile, type IngestDependencies } from '../evidence/ingest-verified-file.ts';
import type { DigestSession } from './digest-pool.ts';
import { removePartFile } from './part-file.ts';
import { readDeclaration } from './upload-declaration.ts';
import { uploadProblems } from './upload-problems.ts';
import { markRejected, type UploadRow } from './uploads.repository.ts';

/**
 * The end of an upload, once all its bytes are durable: both digests of the whole file, the
 * declared one compared, and then either the evidence object (stored and recorded) or a
 * rejection with nothing stored. Throws the 460 problem on a mismatch.
 */
export async function completeUpload(
  deps: IngestDependencies,
  upload: UploadRow,
  partPath: string,
  digest: DigestSession,
): Promise<void> {
  const digests = await digest.digest();
  const read = readDeclaration(upload.metadata);
  if (!read.ok) throw new Error(`upload ${upload.id} holds metadata it was accepted without`);
  const { declaration } = read;

  if (digests[upload.declaredAlgorithm] !== upload.declaredDigest) {
    const problem = uploadProblems.hashMismatch(upload.declaredAlgorithm);
    const creator = await findUserById(deps.db, upload.createdBy);
    await deps.ledger.transaction(async (tx, record) => {
      await markRejected(tx, upload.id, { type: problem.slug, detail: problem.detail });
      await record({
        action: 'evidence.upload_rejected',
        agencyId: upload.agencyId,
        actor: { type: 'user', id: upload.createdBy, username: creator?.username ?? '' },
        target: { type: 'upload', id: upload.id },
        hashes: [
          { name: 'received', algorithm: 'sha256', hex: digests.sha256 },
          { name: 'received', algorithm: 'sm3', hex: digests.sm3 },
          { name: 'declared', algorithm: upload.declaredAlgorithm, hex: upload.declaredDigest },
        ],
        data: {
          uploadId: upload.id,
          fileName: declaration.fileName,
          reason: problem.slug,
          computedSha256: digests.sha256,
          computedSm3: digests.sm3,
        },
      });
    });
    await removePartFile(partPath);
    throw problem;
  }

  await ingestVerifiedFile(deps, {
    agencyId: upload.agencyId,
    userId: upload.createdBy,
    path: partPath,
    sha256: digests.sha256,
    sm3: digests.sm3,
    sizeBytes: upload.lengthBytes,
    mediaType: declaration.mediaType,
    originalName: declaration.fileName,
    source: 'upload',
    uploadId: upload.id,
  });
}
