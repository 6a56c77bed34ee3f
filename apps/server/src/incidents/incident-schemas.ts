import { INCIDENT_KINDS, INCIDENT_NAME_MAX } from '@liuhen/domain';
import { z } from 'zod';
import { userRefSchema } from '../body-cameras/body-camera-schemas.ts';
import { citationSchema } from '../cases/finding-view.ts';
import { paginationQuery } from '../http/common-schemas.ts';
import { importedFileSchema } from '../station-import/imported-file-schemas.ts';

const instant = (what: string) =>
  z.iso.datetime({ offset: true, error: `请填写${what}（带时区的日期时间）` });

export const registerIncidentBody = z.strictObject({
  /** 事件名称 (004 第十八条): labels every recording placed on it. */
  name: z
    .string({ error: '请填写事件名称' })
    .trim()
    .min(1, '请填写事件名称')
    .max(INCIDENT_NAME_MAX, `事件名称不超过 ${INCIDENT_NAME_MAX} 字`),
  kind: z.enum(INCIDENT_KINDS, {
    error: '请选择事件类别：重大突发事件、群体性事件、专项行动或其他事件',
  }),
  startedAt: instant('发生（开始）时间'),
  endedAt: instant('结束时间').optional(),
  description: z.string().trim().max(2000, '事件概况不超过 2000 字').optional(),
});
export type RegisterIncidentInput = z.infer<typeof registerIncidentBody>;

export const incidentListQuery = z.strictObject({
  /** Part of the name, as typed in a picker. */
  q: z.string().trim().max(50).optional(),
  ...paginationQuery,
});

export const incidentAssignmentBody = z.strictObject({
  incidentId: z.uuid({ error: '请选择事件' }),
  reason: z.string().trim().min(1, '请填写事由').max(500, '事由不超过 500 字'),
});

export const incidentSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    name: z.string(),
    kind: z.enum(INCIDENT_KINDS),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    description: z.string().nullable(),
    registeredBy: userRefSchema,
    registeredAt: z.string(),
    /** Imported files on it now. */
    recordingCount: z.number().int(),
  })
  .meta({ id: 'Incident' });

export const retentionSchema = z
  .object({
    kind: z.enum(['permanent', 'until', 'awaiting_case_file', 'agency_decides']),
    /** The last day it must be kept (inclusive), for a dated decision. */
    retainUntil: z.string().nullable(),
    summary: z.string(),
    reasons: z.array(
      z.object({
        rule: z.string(),
        decisive: z.boolean(),
        explanation: z.string(),
        citations: z.array(citationSchema),
      }),
    ),
  })
  .meta({ id: 'RecordingRetention' });

export const incidentRecordingSchema = importedFileSchema
  .extend({ retention: retentionSchema.nullable() })
  .meta({ id: 'IncidentRecording' });

export const incidentDetailSchema = incidentSchema
  .extend({ recordings: z.array(incidentRecordingSchema) })
  .meta({ id: 'IncidentDetail' });
