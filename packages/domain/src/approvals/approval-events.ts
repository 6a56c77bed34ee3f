import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { APPROVAL_KINDS } from './approval-chain.ts';
import { APPROVAL_ACTIONS } from './approval-flow.ts';

/** Every submission and every act on an approval (003 第三十九条: 全程记录内部审批流程). */
export const approvalEvents = defineEvents({
  'approval.submitted': {
    label: '提交审批',
    data: z.strictObject({
      caseId: z.uuid(),
      kind: z.enum(APPROVAL_KINDS),
      subjectRecordId: z.uuid(),
    }),
  },
  'approval.acted': {
    label: '办理审批',
    data: z.strictObject({
      caseId: z.uuid(),
      action: z.enum(APPROVAL_ACTIONS),
      stepKey: z.enum(['review', 'legal_review', 'approval']),
      targetUserId: z.uuid().nullable(),
      status: z.enum(['pending', 'approved', 'returned']),
      comment: z.string().nullable(),
    }),
  },
});
