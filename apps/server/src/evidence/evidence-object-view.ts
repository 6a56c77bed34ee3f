import { z } from 'zod';
import type { EvidenceObjectRow } from './evidence-objects.repository.ts';

export const mediaSchema = z
  .object({
    durationSeconds: z.number().optional(),
    videoCodec: z.string().optional(),
    audioCodec: z.string().optional(),
    width: z.number().optional(),
    height: z.number().optional(),
    formatName: z.string().optional(),
    capturedAt: z.string().optional(),
  })
  .nullable();

/** A stored object as every API shows it: what it is, its digests, when it was stored. */
export const evidenceObjectSchema = z
  .object({
    id: z.uuid(),
    sha256: z.string(),
    sm3: z.string(),
    sizeBytes: z.number().int(),
    mediaType: z.string(),
    originalName: z.string(),
    storedAt: z.iso.datetime(),
    media: mediaSchema,
  })
  .meta({ id: 'EvidenceObject' });

export function evidenceObjectView(
  object: EvidenceObjectRow,
): z.infer<typeof evidenceObjectSchema> {
  return {
    id: object.id,
    sha256: object.sha256,
    sm3: object.sm3,
    sizeBytes: object.sizeBytes,
    mediaType: object.mediaType,
    originalName: object.originalName,
    storedAt: object.storedAt.toISOString(),
    media: object.media ?? null,
  };
}

/** The digests a ledger event about these bytes carries, both algorithms. */
export function fileHashes(object: Pick<EvidenceObjectRow, 'sha256' | 'sm3'>) {
  return [
    { name: 'file', algorithm: 'sha256' as const, hex: object.sha256 },
    { name: 'file', algorithm: 'sm3' as const, hex: object.sm3 },
  ];
}
