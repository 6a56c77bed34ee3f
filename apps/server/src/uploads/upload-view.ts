import { z } from 'zod';
import type { EvidenceObjectRow } from '../evidence/evidence-objects.repository.ts';
import { PROBLEM_TYPE_BASE } from '../http/problem.ts';
import { readDeclaration } from './upload-declaration.ts';
import type { UploadRow } from './uploads.repository.ts';

export const uploadViewSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['receiving', 'completed', 'rejected', 'terminated']),
    /** Bytes the server holds durably. */
    offset: z.number().int().nonnegative(),
    length: z.number().int().nonnegative(),
    fileName: z.string(),
    mediaType: z.string(),
    caseId: z.uuid().nullable(),
    evidenceObject: z
      .object({
        id: z.uuid(),
        sha256: z.string(),
        sm3: z.string(),
        sizeBytes: z.number().int().nonnegative(),
        storedAt: z.iso.datetime(),
      })
      .optional(),
    rejection: z.object({ type: z.string(), detail: z.string() }).optional(),
  })
  .meta({ id: 'Upload', description: '上传状态与校验结果' });

export type UploadView = z.infer<typeof uploadViewSchema>;

export function uploadView(
  upload: UploadRow,
  evidenceObject: EvidenceObjectRow | null,
): UploadView {
  const read = readDeclaration(upload.metadata);
  const declaration = read.ok ? read.declaration : undefined;
  return {
    id: upload.id,
    status: upload.status,
    offset: upload.durableOffset,
    length: upload.lengthBytes,
    fileName: declaration?.fileName ?? upload.metadata.filename ?? '',
    mediaType: declaration?.mediaType ?? 'application/octet-stream',
    caseId: declaration?.caseId ?? null,
    ...(evidenceObject === null
      ? {}
      : {
          evidenceObject: {
            id: evidenceObject.id,
            sha256: evidenceObject.sha256,
            sm3: evidenceObject.sm3,
            sizeBytes: evidenceObject.sizeBytes,
            storedAt: evidenceObject.storedAt.toISOString(),
          },
        }),
    ...(upload.rejectionType === null
      ? {}
      : {
          rejection: {
            type: PROBLEM_TYPE_BASE + upload.rejectionType,
            detail: upload.rejectionDetail ?? '',
          },
        }),
  };
}
