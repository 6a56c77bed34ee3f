import { approvalStep } from './approval-steps.ts';
import { avItem, citeIn, itemsAt } from './cite.ts';
import type { PolicyProfile } from './profile-schema.ts';

/** 004 holds two regulations, each numbered from 第一条, so citations name the one meant. */
export const SEED_004_PUBLICATION = '行政执法公示制度';
export const SEED_004_RECORDING = '行政执法全过程记录制度';
const pub = citeIn('004', SEED_004_PUBLICATION);
const rec = citeIn('004', SEED_004_RECORDING);

/** 常山县综合行政执法局 行政执法公示制度 and 行政执法全过程记录制度 (常综执〔2021〕61号). */
export const seed004Profile: PolicyProfile = {
  id: 'seed-004',
  name: '常山县综合行政执法局行政执法公示制度、行政执法全过程记录制度',
  issuer: '常山县综合行政执法局',
  seed: '004',
  documentNumber: '常综执〔2021〕61号',
  // "二日内": 日, not 工作日, and this regulation defines no other meaning, so calendar days.
  avStorageDeadline: {
    value: { amount: 2, unit: 'calendar_days' },
    from: 'recording_completed',
    citation: rec('第十八条'),
  },
  avRetentionMinimum: { value: { amount: 6, unit: 'months' }, citation: rec('第二十条') },
  // "其他需要永久保存的情形" is the agency's own judgement on one record, so it has a code
  // (other_permanent) that only a person sets; software never infers it.
  permanentRetentionCategories: [
    { value: '作为案件证据使用的', category: 'case_evidence', citation: rec('第二十条') },
    {
      value: '当事人或者现场其他人员有阻碍执法、妨碍公务行为的',
      category: 'obstruction',
      citation: rec('第二十条'),
    },
    {
      value: '处置重大突发事件、群体性事件的',
      category: 'major_incident',
      citation: rec('第二十条'),
    },
    {
      value: '涉访、涉诉案（事）件',
      category: 'petition_or_litigation',
      citation: rec('第二十条'),
    },
    { value: '其他需要永久保存的情形', category: 'other_permanent', citation: rec('第二十条') },
  ],
  avStorageLabels: itemsAt(rec('第十八条'), [
    '案号（或事件名称）',
    '当事人姓名或者名称',
    '承办人姓名',
  ]),
  evidenceAvNoteFields: itemsAt(rec('第二十一条'), ['制作人', '提取人', '提取时间']),
  textRecordActs: itemsAt(rec('第六条'), [
    '投诉、举报受理',
    '询问（调查）当事人或证人',
    '实施现场检查（勘验）',
    '实施抽样取证',
    '采取查封（扣押）等行政强制措施',
    '先行登记保存证据',
    '举行听证',
    '文书送达',
    '实施行政强制执行',
    '其他需要记录的情形',
  ]),
  mandatoryAvActs: [
    avItem(rec('第十二条'), '询问（调查）当事人或证人', ['inquiry']),
    avItem(rec('第十二条'), '文书送达', [
      'service_personal',
      'service_leaving',
      'service_public_notice',
    ]),
    avItem(rec('第十二条'), '实施现场检查（勘验）', ['on_site_inspection']),
    avItem(rec('第十二条'), '实施抽样取证', ['sampling']),
    avItem(rec('第十二条'), '采取查封（扣押）等行政强制措施', ['coercive_measure']),
    avItem(rec('第十二条'), '先行登记保存证据', ['advance_preservation']),
    avItem(rec('第十二条'), '举行听证', ['hearing']),
    avItem(rec('第十二条'), '实施行政强制执行', ['compulsory_execution']),
    avItem(rec('第十二条'), '当事人或者现场其他人员有阻碍执法、妨碍公务行为的', ['obstruction']),
    avItem(rec('第十二条'), '处置重大突发事件、群体性事件', ['major_incident']),
    avItem(rec('第十二条'), '开展综合行政执法专项行动', ['special_operation']),
    avItem(rec('第十二条'), '需要进行音像记录的其他情形'),
    avItem(rec('第十三条'), '适用简易程序（全程）', ['simplified_procedure']),
    // The 音像记录事项清单 appended to the 制度 names, besides what 第十二条 lists, these
    // rows; it details 第十二条(十二) "需要进行音像记录的其他情形", so they cite that article.
    avItem(rec('第十二条'), '音像记录事项清单第3项：随机抽取过程情况', ['random_selection']),
    avItem(rec('第十二条'), '音像记录事项清单第8项：拒不配合调查过程情况', ['non_cooperation']),
    avItem(rec('第十二条'), '音像记录事项清单第9项：当事人口头陈述申辩情况', ['oral_statement']),
  ],
  serviceMethods: itemsAt(rec('第十条'), [
    '直接送达',
    '留置送达',
    '邮寄送达',
    '传真送达',
    '电子邮件送达',
    '公告送达',
  ]),
  accessApproval: [
    {
      requester: 'own_staff_beyond_permission',
      approver: '本分局、处室、中心负责人',
      citation: rec('第二十三条'),
    },
    {
      requester: 'other_authority',
      approver: '市局机关负责人',
      citation: rec('第二十三条'),
    },
  ],
  publication: {
    scope: { value: '适用普通程序作出的行政处罚结果信息', citation: pub('第七条') },
    penaltyResultDeadline: {
      value: { amount: 7, unit: 'working_days' },
      from: 'decision_made',
      citation: pub('第十条'),
    },
    withdrawalOnRevocationDeadline: {
      value: { amount: 5, unit: 'working_days' },
      from: 'decision_revoked',
      citation: pub('第十条'),
    },
    removalAfter: {
      value: { amount: 5, unit: 'years' },
      from: 'published',
      citation: pub('第十一条'),
    },
    correctionDeadline: {
      value: { amount: 5, unit: 'working_days' },
      from: 'correction_requested',
      citation: pub('第十二条'),
    },
    exclusions: itemsAt(pub('第八条'), [
      '被处罚人是未成年人的',
      '案件主要事实涉及国家秘密、商业秘密、个人隐私的',
      '公开后可能危及国家安全、公共安全、经济安全和社会稳定的',
      '省级以上行政执法机关认为不适宜网上公开的其他行政处罚结果信息',
    ]),
    redactions: itemsAt(pub('第九条'), [
      '自然人的家庭住址、通信方式、身份证号码、银行账号、健康状况等个人信息，以及被处罚人以外的自然人姓名',
      '法人或者其他组织的银行账号',
      '其他不宜公开的内容',
    ]),
  },
  // 记录制度 第九条: every penalty decision records the 法制机构审核意见 and 审核人 and the
  // 本单位负责人的审批意见 — the legal review for every penalty, major or not. It is silent on
  // the launch, which follows the default chain.
  approvalChain: {
    decision: [
      approvalStep('legal_review', '法制审核', ['legal_reviewer'], rec('第九条'), {
        actTypes: ['penalty'],
      }),
      approvalStep('approval', '本单位负责人审批', ['agency_head'], rec('第九条')),
    ],
  },
  requirements: {
    periodicBackup: { value: true, citation: rec('第十八条') },
    evidenceAvOnDiscWithNote: { value: true, citation: rec('第二十一条') },
    simplifiedProcedureFullAv: { value: true, citation: rec('第十三条') },
    deviceCheckBeforeUse: { value: true, citation: rec('第十五条') },
    // 第十一条: compulsory execution records 催告情况, so the demand notice comes first.
    demandNoticeBeforeExecution: { value: true, citation: rec('第十一条') },
  },
};
