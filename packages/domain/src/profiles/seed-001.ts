import { approvalStep } from './approval-steps.ts';
import { citeIn, itemsAt } from './cite.ts';
import type { PolicyProfile } from './profile-schema.ts';

const at = citeIn('001');

/** 平罗县退役军人事务局 行政执法全过程记录制度. */
export const seed001Profile: PolicyProfile = {
  id: 'seed-001',
  name: '平罗县退役军人事务局行政执法全过程记录制度',
  issuer: '平罗县退役军人事务局',
  seed: '001',
  avStorageDeadline: {
    value: { amount: 2, unit: 'working_days' },
    from: 'recording_completed',
    citation: at('第九条'),
  },
  avStorageAfterReturnDeadline: {
    value: { amount: 24, unit: 'hours' },
    from: 'return_to_unit',
    citation: at('第九条'),
  },
  // "20日内": 日, not 工作日, so calendar days.
  archivingDeadline: {
    value: { amount: 20, unit: 'calendar_days' },
    from: 'act_concluded',
    citation: at('第十条'),
  },
  archiveRecordFields: itemsAt(at('第五条'), [
    '案卷归档编号',
    '类别',
    '保管期限',
    '执法起始终结日期',
  ]),
  evidenceAvNoteFields: itemsAt(at('第七条'), ['制作方法', '制作时间', '制作人', '证明对象']),
  // 第五条(一) asks only that the case source and the filing be recorded, so the launch
  // follows the default chain. 第五条(三): 承办机构意见, 法制审核, 作出决定. The legal review
  // is of major decisions: 第一条 rests this rule on the county's 重大执法决定法制审核制度.
  approvalChain: {
    decision: [
      approvalStep('review', '承办机构意见', ['department_head'], at('第五条')),
      approvalStep('legal_review', '法制审核', ['legal_reviewer'], at('第五条'), {
        majorOnly: true,
      }),
      approvalStep('approval', '作出决定', ['agency_head'], at('第五条')),
    ],
  },
  accessApproval: [{ requester: 'party', approver: '行政机关负责人', citation: at('第十二条') }],
  requirements: {
    evidenceAvOnDiscWithNote: { value: true, citation: at('第七条') },
  },
};
