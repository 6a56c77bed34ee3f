import { approvalStep } from './approval-steps.ts';
import { avItem, citeIn, itemsAt } from './cite.ts';
import type { PolicyProfile } from './profile-schema.ts';

const at = citeIn('000');

/** 冠县柳林镇人民政府 行政执法全过程记录制度 (柳政发〔2024〕12号). */
export const seed000Profile: PolicyProfile = {
  id: 'seed-000',
  name: '柳林镇行政执法全过程记录制度',
  issuer: '冠县柳林镇人民政府',
  seed: '000',
  documentNumber: '柳政发〔2024〕12号',
  avStorageDeadline: {
    value: { amount: 24, unit: 'hours' },
    from: 'recording_completed',
    citation: at('第十六条'),
  },
  avStorageAfterReturnDeadline: {
    value: { amount: 24, unit: 'hours' },
    from: 'return_to_unit',
    citation: at('第十六条'),
  },
  mandatoryAvActs: [
    avItem(at('第十二条'), '查封扣押财产', ['coercive_measure']),
    avItem(at('第十二条'), '强制拆除', ['forced_demolition']),
    avItem(at('第十二条'), '直接涉及人身自由、生命健康、重大财产权益的现场执法活动', [
      'onsite_rights_critical',
    ]),
    avItem(at('第十二条'), '执法办案场所', ['case_handling_room']),
  ],
  serviceMethods: itemsAt(at('第十条'), ['直接送达', '邮寄送达', '留置送达', '公告送达']),
  // 第六条 asks only that the case source and the filing be recorded, so the launch follows
  // the default chain. 第八条: 承办机构的处理意见, the legal review of a major decision
  // (三), and the 审批决定意见 (四).
  approvalChain: {
    decision: [
      approvalStep('review', '承办机构意见', ['department_head'], at('第八条')),
      approvalStep('legal_review', '法制审核', ['legal_reviewer'], at('第八条'), {
        majorOnly: true,
      }),
      approvalStep('approval', '审批决定', ['agency_head'], at('第八条')),
    ],
  },
  accessApproval: [
    {
      requester: 'own_staff_beyond_permission',
      approver: '采集管理资料的部门负责人',
      citation: at('第十九条'),
    },
  ],
  requirements: {
    noSecretAvOnNonSecretDevices: { value: true, citation: at('第十七条') },
    periodicCaseFileReview: { value: true, citation: at('第二十条') },
  },
};
