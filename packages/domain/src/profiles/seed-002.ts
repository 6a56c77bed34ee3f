import { approvalStep } from './approval-steps.ts';
import { avItem, citeIn, itemsAt } from './cite.ts';
import type { PolicyProfile } from './profile-schema.ts';

const at = citeIn('002');

/** 长治市民族宗教事务局 行政执法全过程记录制度. */
export const seed002Profile: PolicyProfile = {
  id: 'seed-002',
  name: '长治市民族宗教事务局行政执法全过程记录制度',
  issuer: '长治市民族宗教事务局',
  seed: '002',
  avStorageDeadline: {
    value: { amount: 2, unit: 'working_days' },
    from: 'recording_completed',
    citation: at('第八条'),
  },
  avStorageAfterReturnDeadline: {
    value: { amount: 2, unit: 'working_days' },
    from: 'return_to_unit',
    citation: at('第八条'),
  },
  archivingDeadline: {
    value: { amount: 30, unit: 'calendar_days' },
    from: 'act_concluded',
    citation: at('第八条'),
  },
  avRetentionMinimum: { value: { amount: 2, unit: 'years' }, citation: at('第八条') },
  permanentRetentionCategories: [
    { value: '作为行政处罚证据使用的', category: 'penalty_evidence', citation: at('第八条') },
    {
      value: '当事人或者现场其他人员有阻碍执法、妨碍公务行为的',
      category: 'obstruction',
      citation: at('第八条'),
    },
    { value: '处置重大突发事件、群体性事件的', category: 'major_incident', citation: at('第八条') },
    {
      value: '其他重大、疑难、复杂的执法活动',
      category: 'major_complex_case',
      citation: at('第八条'),
    },
  ],
  avStorageLabels: itemsAt(at('第八条'), ['案号', '当事人姓名或者名称', '承办人姓名']),
  evidenceAvNoteFields: itemsAt(at('第八条'), ['制作人', '提取人', '提取时间']),
  // 第五条(四)5 says these are recorded "根据实施情况" (as circumstances require), so only
  // items 1–4 and 第七条's 留置送达 carry situations a rule enforces.
  mandatoryAvActs: [
    avItem(at('第五条'), '依法实施限制公民人身自由，查封场所、设施，扣押物品或财产等行政强制措施', [
      'coercive_measure',
    ]),
    avItem(at('第五条'), '以排除妨碍、恢复原状和代履行的方式实施行政强制执行', [
      'removal_or_restoration',
      'substitute_performance',
    ]),
    avItem(at('第五条'), '当事人或者有关人员不配合行政执法的', ['non_cooperation']),
    avItem(
      at('第五条'),
      '直接涉及人身自由、生命健康、重大财产权益的现场执法活动和执法办案场所（全程不间断音像监控系统记录）',
      ['onsite_rights_critical', 'case_handling_room'],
    ),
    avItem(at('第五条'), '现场执法容易引发争议的'),
    avItem(at('第五条'), '现场询问、检查、调查、勘验、抽样取证、先行登记保存等调查取证'),
    avItem(at('第五条'), '举行听证'),
    avItem(at('第五条'), '留置送达和公告送达执法文书'),
    avItem(at('第五条'), '需要进行音像记录的其他行政执法行为'),
    avItem(at('第七条'), '留置送达', ['service_leaving']),
  ],
  simplifiedProcedureRecordItems: itemsAt(at('第六条'), [
    '适用简易程序的事实依据、法律依据的具体条件',
    '实施简易程序的程序步骤及法定文书',
    '当事人陈述、申辩的记录',
    '对当事人陈述、申辩内容的复核及处理，是否采纳的理由',
    '依法应向所属行政机关备案的内容',
    '对符合当场收缴罚款情况的实施过程',
    '其他依法记录的内容',
  ]),
  // The text lists 委托 and 转交 together ("委托、转交等方式"); they are two methods.
  serviceMethods: itemsAt(at('第七条'), [
    '直接送达',
    '留置送达',
    '委托送达',
    '转交送达',
    '邮寄送达',
    '公告送达',
  ]),
  compulsoryExecutionMethods: itemsAt(at('第七条'), [
    '加处罚款或滞纳金',
    '划拨存款、汇款',
    '拍卖或依法处理查封、扣押的场所、设施或财物',
    '排除妨碍、恢复原状',
    '代履行',
    '其他强制执行方式',
  ]),
  // 第四条(二): the launch form carries the 行政执法科室负责人意见 and is 报主要负责人批准.
  // 第六条(一): the 起草机构审查人, the legal review where one is due (2.), the 负责人审批 (5.).
  approvalChain: {
    launch: [
      approvalStep('review', '执法科室负责人意见', ['department_head'], at('第四条')),
      approvalStep('approval', '主要负责人批准', ['agency_head'], at('第四条')),
    ],
    decision: [
      approvalStep('review', '起草机构审查', ['department_head'], at('第六条')),
      approvalStep('legal_review', '法制审核', ['legal_reviewer'], at('第六条'), {
        majorOnly: true,
      }),
      approvalStep('approval', '负责人审批', ['agency_head'], at('第六条')),
    ],
  },
  requirements: {
    offSiteBackup: { value: true, citation: at('第八条') },
    evidenceAvOnDiscWithNote: { value: true, citation: at('第八条') },
    demandNoticeBeforeExecution: { value: true, citation: at('第七条') },
  },
};
