import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { PERMISSIONS } from './permissions.ts';

const grantedPermission = z.enum(PERMISSIONS);

/**
 * What the ledger records about access beyond one's own: every request with its reason,
 * every decision with who made it, every revocation — the basis of the case's access
 * history (003 第三十条, 004 第二十三条).
 */
export const accessEvents = defineEvents({
  'access.supervision_set': {
    label: '设定监督范围',
    data: z.strictObject({
      supervisorId: z.uuid(),
      before: z.array(z.uuid()),
      after: z.array(z.uuid()),
    }),
  },
  'access.requested': {
    label: '提交调阅申请',
    data: z.strictObject({
      requestId: z.uuid(),
      caseId: z.uuid(),
      kind: z.enum(['beyond_permission', 'external_agency', 'party_copy']),
      granteeId: z.uuid(),
      onBehalfOf: z.string().nullable(),
      subjectIds: z.array(z.uuid()).nullable(),
      permissions: z.array(grantedPermission),
      reason: z.string(),
      requestedUntil: z.iso.datetime({ offset: true }),
    }),
  },
  'access.decided': {
    label: '审批调阅申请',
    data: z.strictObject({
      requestId: z.uuid(),
      caseId: z.uuid(),
      approved: z.boolean(),
      comment: z.string().nullable(),
      validUntil: z.iso.datetime({ offset: true }).nullable(),
    }),
  },
  'access.revoked': {
    label: '撤销调阅授权',
    data: z.strictObject({
      requestId: z.uuid(),
      caseId: z.uuid(),
      reason: z.string(),
    }),
  },
});
