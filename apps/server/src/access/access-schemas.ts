import { z } from 'zod';
import { userRefSchema } from '../body-cameras/body-camera-schemas.ts';

/** What a grant may carry: reading and viewing or copying; never working on the case. */
export const GRANTABLE = [
  'case:read',
  'record:read',
  'evidence:view',
  'evidence:download',
] as const;

const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max);

export const newAccessRequestBody = z
  .strictObject({
    kind: z.enum(['beyond_permission', 'external_agency', 'party_copy']),
    /** For another authority or a party: who asks, as their letter names them. */
    onBehalfOf: text(200, '请填写申请单位或当事人').optional(),
    /** For another authority that uses this platform: its user who is to read. */
    granteeId: z.uuid().optional(),
    /** Omitted: the whole case. */
    subjectIds: z.array(z.uuid()).min(1).max(100).optional(),
    permissions: z.array(z.enum(GRANTABLE)).min(1, '请至少选择一项调阅内容'),
    reason: text(500, '请填写调阅事由'),
    until: z.iso.datetime({ offset: true }),
  })
  .refine((body) => body.kind === 'beyond_permission' || body.onBehalfOf !== undefined, {
    message: '外单位调阅或当事人复制须填写申请单位或当事人',
    path: ['onBehalfOf'],
  })
  .refine((body) => body.kind === 'external_agency' || body.granteeId === undefined, {
    message: '只有外单位调阅可以指定外单位的查阅人',
    path: ['granteeId'],
  });
export type NewAccessRequest = z.infer<typeof newAccessRequestBody>;

export const decisionBody = z.strictObject({
  approved: z.boolean(),
  comment: text(500, '意见不能为空').optional(),
  /** An approval may shorten the time asked for, never lengthen it. */
  validUntil: z.iso.datetime({ offset: true }).optional(),
});

export const revocationBody = z.strictObject({ reason: text(500, '请填写撤销理由') });

export const accessRequestSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseNumber: z.string(),
    kind: z.enum(['beyond_permission', 'external_agency', 'party_copy']),
    requester: userRefSchema,
    grantee: userRefSchema,
    onBehalfOf: z.string().nullable(),
    subjectIds: z.array(z.string()).nullable(),
    permissions: z.array(z.string()),
    reason: z.string(),
    requestedUntil: z.string(),
    createdAt: z.string(),
    status: z.enum(['pending', 'approved', 'rejected', 'expired', 'revoked']),
    decision: z
      .object({
        approved: z.boolean(),
        decidedBy: userRefSchema,
        comment: z.string().nullable(),
        validUntil: z.string().nullable(),
        decidedAt: z.string(),
      })
      .nullable(),
    revocation: z
      .object({ revokedBy: userRefSchema, reason: z.string(), revokedAt: z.string() })
      .nullable(),
  })
  .meta({ id: 'AccessRequest' });
