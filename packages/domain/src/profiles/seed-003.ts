import { approvalStep } from './approval-steps.ts';
import { avItem, citeIn, itemsAt } from './cite.ts';
import type { PolicyProfile } from './profile-schema.ts';

const at = citeIn('003');

/** 德宏州行政执法全过程记录实施办法 (德政规〔2019〕6号), binding on every agency of the prefecture. */
export const seed003Profile: PolicyProfile = {
  id: 'seed-003',
  name: '德宏州行政执法全过程记录实施办法',
  issuer: '德宏州人民政府',
  seed: '003',
  documentNumber: '德政规〔2019〕6号',
  actTypes: itemsAt(at('第二条'), [
    '行政许可',
    '行政处罚',
    '行政强制',
    '行政征收',
    '行政收费',
    '行政检查',
  ]),
  // 第二十九条 counts the 2 working days from the officer's return, not from the recording.
  avStorageDeadline: {
    value: { amount: 2, unit: 'working_days' },
    from: 'return_to_unit',
    citation: at('第二十九条'),
  },
  archivingDeadline: {
    value: { amount: 30, unit: 'calendar_days' },
    from: 'act_concluded',
    citation: at('第二十九条'),
  },
  emergencyLaunchApprovalDeadline: {
    value: { amount: 24, unit: 'hours' },
    from: 'emergency_launch',
    citation: at('第十条'),
  },
  avRetentionMinimum: { value: { amount: 2, unit: 'years' }, citation: at('第三十二条') },
  permanentRetentionCategories: [
    {
      value: '作为行政处罚证据使用的',
      category: 'penalty_evidence',
      citation: at('第三十二条'),
    },
    {
      value: '当事人或者现场其他人员有阻碍执法、妨害公务行为的',
      category: 'obstruction',
      citation: at('第三十二条'),
    },
    {
      value: '处置重大突发事件、群体性事件的',
      category: 'major_incident',
      citation: at('第三十二条'),
    },
    {
      value: '其他重大、疑难、复杂的执法活动',
      category: 'major_complex_case',
      citation: at('第三十二条'),
    },
  ],
  avStorageLabels: itemsAt(at('第二十九条'), ['案号', '当事人姓名或者名称', '承办人姓名']),
  evidenceAvNoteFields: itemsAt(at('第三十三条'), ['制作人', '提取人', '提取时间', '提取地点']),
  mandatoryAvActs: [
    avItem(at('第十八条'), '开展现场询问、调查、检查、勘验、抽样取证、听证等调查', [
      'inquiry',
      'on_site_inspection',
      'sampling',
      'hearing',
    ]),
    avItem(
      at('第十八条'),
      '依法实施限制公民人身自由，查封场所、设施，扣押物品或财产等行政强制措施',
      ['coercive_measure'],
    ),
    avItem(at('第十八条'), '以排除妨碍、恢复原状的方式实施行政强制执行', [
      'removal_or_restoration',
    ]),
    avItem(at('第十八条'), '当事人或者有关人员不配合行政执法的', ['non_cooperation']),
    avItem(at('第十八条'), '需要进行音像记录的其他行政执法行为'),
    avItem(at('第十六条'), '当事人或有关人员拒绝签字或盖章确认', ['refusal_to_sign']),
    avItem(
      at('第二十一条'),
      '直接涉及人身自由、生命健康、重大财产权益的现场执法行动和执法办案场所（全程不间断记录）',
      ['onsite_rights_critical', 'case_handling_room'],
    ),
    avItem(at('第二十五条'), '留置送达', ['service_leaving']),
  ],
  simplifiedProcedureRecordItems: itemsAt(at('第二十四条'), [
    '适用简易程序的事实依据、法律依据的具体条件',
    '实施简易程序的程序步骤及法定文书',
    '当事人陈述、申辩的记录',
    '对当事人陈述、申辩内容的复核及处理，是否采纳的理由',
    '依法应向所属行政机关备案的内容',
    '对符合当场收缴罚款情况的实施过程',
    '其他依法记录的内容',
  ]),
  serviceMethods: itemsAt(at('第二十五条'), [
    '直接送达',
    '邮寄送达',
    '委托送达',
    '转交送达',
    '留置送达',
    '传真送达',
    '公告送达',
  ]),
  compulsoryExecutionMethods: itemsAt(at('第二十八条'), [
    '加处罚款或滞纳金',
    '划拨存款、汇款',
    '拍卖或依法处理查封、扣押的场所、设施或财物',
    '排除妨碍、恢复原状',
    '代履行',
    '其他强制执行方式',
  ]),
  // 第三十九条: every internal approval goes 承办人 → 审核人 → 批准人. 第十条 adds the 法制机构
  // 合法性审查意见 to a major launch, 第二十三条(二) the legal review to a major decision.
  approvalChain: {
    launch: [
      approvalStep('review', '审核', ['department_head'], at('第三十九条')),
      approvalStep('legal_review', '法制机构合法性审查', ['legal_reviewer'], at('第十条'), {
        majorOnly: true,
      }),
      approvalStep('approval', '批准', ['agency_head'], at('第三十九条')),
    ],
    decision: [
      approvalStep('review', '审核', ['department_head'], at('第三十九条')),
      approvalStep('legal_review', '法制审核', ['legal_reviewer'], at('第二十三条'), {
        majorOnly: true,
      }),
      approvalStep('approval', '批准', ['agency_head'], at('第三十九条')),
    ],
  },
  requirements: {
    offSiteBackup: { value: true, citation: at('第二十九条') },
    evidenceAvOnDiscWithNote: { value: true, citation: at('第三十三条') },
    caseRoomCctvAlwaysOn: { value: true, citation: at('第二十条') },
    refusalToSignNoteAndAv: { value: true, citation: at('第十六条') },
    demandNoticeBeforeExecution: { value: true, citation: at('第二十七条') },
    avItemListPublished: { value: true, citation: at('第十八条') },
  },
};
