import { AWAY_REASONS, INCIDENT_KINDS } from '@liuhen/domain';
import { z } from 'zod';
import { userRefSchema } from '../body-cameras/body-camera-schemas.ts';
import { mediaSchema } from '../evidence/evidence-object-view.ts';
import { paginationQuery } from '../http/common-schemas.ts';

const reason = z.string().trim().min(1, '请填写事由').max(500, '事由不超过 500 字');

export const importBody = z.strictObject({
  /** The stored file, by its SHA-256 (the station hashes each file before anything else). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 应为 64 位小写十六进制'),
  deviceSerial: z
    .string()
    .trim()
    .min(1, '请提供记录仪序列号')
    .max(64)
    .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, '序列号只能包含字母、数字、点、下划线和连字符'),
  originalPath: z.string().min(1).max(1000),
  fileModifiedAt: z.iso.datetime({ offset: true }).optional(),
  /** 连续工作、异地执法、偏远地区: the camera comes back from such work (after-return deadline). */
  awayReason: z.enum(AWAY_REASONS).optional(),
  /**
   * The camera's clock and the station's, read together at docking (004《全过程记录制度》
   * 第十五条). Both or neither.
   */
  cameraClockAt: z.iso.datetime({ offset: true }).optional(),
  stationClockAt: z.iso.datetime({ offset: true }).optional(),
});
export type ImportInput = z.infer<typeof importBody>;

export const IMPORTED_FILE_STATUSES = [
  'unassigned',
  'matched',
  'registered',
  'incident',
  'dismissed',
] as const;

export const importedFileListQuery = z.strictObject({
  status: z.enum(IMPORTED_FILE_STATUSES).optional(),
  ...paginationQuery,
});

export const assignmentBody = z.strictObject({ caseId: z.uuid(), reason });
export const dismissalBody = z.strictObject({
  kind: z.enum(['accidental', 'unrelated']),
  reason,
});

const caseRefSchema = z.object({ id: z.string(), caseNumber: z.string(), name: z.string() });
export const incidentRefSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(INCIDENT_KINDS) })
  .meta({ id: 'IncidentRef' });

export const placementSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['automatic', 'manual', 'unmatched', 'dismissed', 'incident']),
    caseId: z.string().nullable(),
    incidentId: z.string().nullable(),
    /** On an incident: the standard name the file is labelled with there (004 第十八条). */
    storedName: z.string().nullable(),
    dismissal: z.enum(['accidental', 'unrelated']).nullable(),
    basis: z.string(),
    reason: z.string().nullable(),
    decidedBy: userRefSchema.nullable(),
    decidedAt: z.string(),
  })
  .meta({ id: 'ImportedFilePlacement' });

export const importedFileSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    evidenceObjectId: z.string(),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    sm3: z.string(),
    mediaType: z.string(),
    media: mediaSchema,
    posterUrl: z.string().nullable(),
    originalPath: z.string(),
    deviceSerial: z.string(),
    bodyCamera: z
      .object({
        id: z.string(),
        serial: z.string(),
        label: z.string().nullable(),
        model: z.string().nullable(),
      })
      .nullable(),
    holder: userRefSchema.nullable(),
    capturedFrom: z.string().nullable(),
    capturedUntil: z.string().nullable(),
    importedBy: userRefSchema,
    importedAt: z.string(),
    awayReason: z.enum(AWAY_REASONS).nullable(),
    cameraClockAt: z.string().nullable(),
    stationClockAt: z.string().nullable(),
    /** Camera minus station at docking, in seconds; positive when the camera runs ahead. */
    clockDriftSeconds: z.number().nullable(),
    status: z.enum(IMPORTED_FILE_STATUSES),
    case: caseRefSchema.nullable(),
    /** The incident (事件) it is on: its name labels the file instead of a case number. */
    incident: incidentRefSchema.nullable(),
    /** The standard name it is labelled with on its incident; a copy is named so. */
    storedName: z.string().nullable(),
    placement: placementSchema,
    candidates: z.array(caseRefSchema),
    dueAt: z.string().nullable(),
    overdue: z.boolean(),
    avRecordId: z.string().nullable(),
  })
  .meta({ id: 'ImportedFile' });

export const importedFileDetailSchema = importedFileSchema
  .extend({ placements: z.array(placementSchema) })
  .meta({ id: 'ImportedFileDetail' });

export const importResultSchema = importedFileSchema
  .extend({
    /** False when this file had been imported before: nothing was done again. */
    created: z.boolean(),
  })
  .meta({ id: 'ImportResult' });
