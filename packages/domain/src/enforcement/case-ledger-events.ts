import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS } from '../access/confidentiality.ts';
import { defineEvents } from '../events/define-events.ts';
import { issuedCopySchema } from '../evidence/evidence-events.ts';
import { RECORD_TYPE_IDS } from '../records/record-type-ids.ts';
import { TRANSITION_IDS } from './state-machine.ts';
import { SUSPENSION_CAUSES } from './decision-period-vocabulary.ts';
import { ACT_TYPES, LAUNCH_MODES, PROCEDURES, STAGES } from './vocabulary.ts';

/**
 * What the ledger records about cases: every opening, record, attachment, transition and
 * view (an attachment's view or download with who and why, like a recording's).
 */
export const caseLedgerEvents = defineEvents({
  'case.opened': {
    label: '启动执法程序（新建案件）',
    data: z.strictObject({
      caseNumber: z.string(),
      name: z.string(),
      actType: z.enum(ACT_TYPES),
      procedure: z.enum(PROCEDURES),
      launchMode: z.enum(LAUNCH_MODES),
      emergency: z.boolean(),
      departmentId: z.uuid(),
      profileId: z.string(),
      /** The version of the agency's own profile the case keeps (absent for a standard one). */
      profileVersion: z.number().int().min(1).optional(),
      officerIds: z.array(z.uuid()),
      confidentiality: z.enum(CONFIDENTIALITY_LEVELS).optional(),
    }),
  },
  'case.viewed': {
    label: '查看案件',
    /** grantId: the approved access request it went through, when the role did not reach. */
    data: z.strictObject({ grantId: z.uuid().nullable().optional() }),
  },
  'case.record_viewed': {
    label: '查看执法文书',
    data: z.strictObject({ caseId: z.uuid(), grantId: z.uuid().nullable().optional() }),
  },
  'case.record_added': {
    label: '制作执法文书',
    data: z.strictObject({
      recordId: z.uuid(),
      type: z.enum(RECORD_TYPE_IDS),
      supersedesId: z.uuid().nullable(),
      correctionReason: z.string().nullable(),
    }),
  },
  'case.record_attachment_added': {
    label: '文书添加附件（扫描件、照片）',
    data: z.strictObject({
      recordId: z.uuid(),
      attachmentId: z.uuid(),
      evidenceObjectId: z.uuid(),
      description: z.string(),
    }),
  },
  'case.record_attachment_accessed': {
    label: '查看或下载文书附件',
    data: z.strictObject({
      caseId: z.uuid(),
      recordId: z.uuid(),
      attachmentId: z.uuid(),
      evidenceObjectId: z.uuid(),
      purpose: z.enum(['view', 'download']),
      reason: z.string(),
      grantId: z.uuid().nullable().optional(),
      copy: issuedCopySchema.optional(),
    }),
  },
  'case.fact_recorded': {
    label: '记录案件事项',
    data: z.strictObject({
      type: z.enum(['launch_approved', 'complainant_informed']),
      at: z.iso.datetime({ offset: true }),
      /** 审批意见, or how the complainant was told. */
      note: z.string(),
    }),
  },
  /** 行政处罚法 第六十条's period extended, with the agency head who approved it. */
  'case.decision_period_extended': {
    label: '延长作出处罚决定的期限',
    data: z.strictObject({
      at: z.iso.datetime({ offset: true }),
      days: z.number().int(),
      reason: z.string(),
      approverId: z.uuid(),
    }),
  },
  'case.decision_period_suspended': {
    label: '中止计算作出处罚决定的期限',
    data: z.strictObject({
      at: z.iso.datetime({ offset: true }),
      cause: z.enum(SUSPENSION_CAUSES),
      reason: z.string(),
    }),
  },
  'case.decision_period_resumed': {
    label: '恢复计算作出处罚决定的期限',
    data: z.strictObject({ at: z.iso.datetime({ offset: true }) }),
  },
  'case.transitioned': {
    label: '案件环节流转',
    data: z.strictObject({
      transition: z.enum(TRANSITION_IDS),
      from: z.enum(STAGES),
      to: z.enum(STAGES),
    }),
  },
  'case.closed_in_error': {
    label: '误立案件关闭',
    data: z.strictObject({ reason: z.string() }),
  },
});
