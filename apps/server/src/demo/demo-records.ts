/**
 * Complete records of the types a walk through an ordinary penalty case needs, filled as
 * an officer would. Used by the demo, and by the API tests so they exercise the same data.
 */
const now = () => new Date().toISOString();

export const DEMO_RECORDS = {
  caseSource: () => ({
    type: 'case_source_record',
    madeAt: now(),
    fields: { caseSource: '日常巡查发现', filing: '经批准立案调查' },
  }),
  launchForm: () => ({
    type: 'launch_approval_form',
    madeAt: now(),
    fields: {
      launchReason: '巡查发现当事人涉嫌违法',
      partyInformation: '当事人基本情况见立案登记',
      handlerOpinion: '建议立案调查',
      departmentOpinion: '同意',
      legalBasis: '《中华人民共和国行政处罚法》第五十四条',
      // Needed for major cases (003 第十条), harmless for others.
      legalReviewOpinion: '经审查，启动程序合法',
    },
  }),
  inquiryTranscript: (officers: readonly string[], at: string) => ({
    type: 'inquiry_transcript',
    madeAt: at,
    fields: {
      officers: [...officers],
      certificateNumbers: ['见执法证件登记'],
      certificateShown: '已向当事人出示执法证件',
      intervieweeInformation: '当事人的法定代表人（负责人）',
      inquiredAt: at,
      place: '当事人经营场所',
      content: '问：户外广告设置是否经过审批？答：没有办理审批手续。',
    },
    signature: { kind: 'signed', signers: ['当事人'], at },
  }),
  /** Evidence gathered: what an ordinary penalty needs before its investigation ends. */
  evidenceRegister: () => ({
    type: 'evidence_register',
    madeAt: now(),
    fields: {
      collectors: ['张三', '李四'],
      collectedOn: now().slice(0, 10),
      evidenceSource: '当事人提供',
      evidenceItems: ['营业执照复印件', '现场照片'],
    },
    signature: { kind: 'signed', signers: ['当事人'], at: now() },
  }),
  rightsNotice: () => ({
    type: 'rights_notice',
    madeAt: now(),
    fields: {
      noticeMethod: '书面告知并当面送达',
      facts: '经调查，当事人存在涉嫌违法的事实',
      reasons: '违反有关管理规定',
      legalBasis: '相关法律、法规的具体条款',
      proposedDecision: '拟责令改正并处罚款',
      rights: ['陈述', '申辩', '申请回避', '要求听证'],
      remedies: '可依法申请行政复议或提起行政诉讼',
    },
    signature: { kind: 'signed', signers: ['当事人'], at: now() },
  }),
  handlerOpinion: () => ({
    type: 'handler_opinion',
    madeAt: now(),
    fields: {
      handlerOpinion: '建议依法给予罚款处罚',
      facts: '违法事实清楚',
      reasons: '违反有关规定，情节一般',
      evidence: '现场检查记录、书证',
      legalBasis: '相关法律、法规的具体条款',
      discretionBenchmark: '按一般情节适用裁量基准',
      departmentOpinion: '同意承办人意见',
    },
  }),
  decisionDraft: () => ({
    type: 'decision_draft',
    madeAt: now(),
    fields: {
      drafter: '张明',
      draftReviewer: '陈队长',
      legalBasis: '相关法律、法规的具体条款',
      evidence: ['现场检查记录', '书证'],
    },
  }),
  discussion: () => ({
    type: 'collective_discussion_minutes',
    madeAt: now(),
    fields: { discussion: '局务会议集体讨论，同意作出处罚决定' },
  }),
  decisionDocument: () => ({
    type: 'decision_document',
    madeAt: now(),
    fields: {
      facts: '违法事实清楚，证据确凿',
      reasons: '违反有关规定',
      legalBasis: '相关法律、法规的具体条款',
      decision: '责令改正，并处罚款',
      headOpinion: '同意',
      issuedAt: now(),
      legalReviewOpinion: '合法',
      legalReviewer: '吴法制',
    },
  }),
  postalService: () => ({
    type: 'proof_of_service',
    madeAt: now(),
    fields: {
      method: 'postal',
      documentServed: '行政处罚决定书',
      recipient: '当事人',
      servedAt: now(),
      postalService: '邮政特快专递',
      postingRegistration: '邮件登记号 1108765432109',
      postingReceipt: '付邮凭证已存档',
      returnReceipt: '回执已签收存档',
    },
  }),
  performance: () => ({
    type: 'performance_record',
    madeAt: now(),
    fields: { performance: '当事人已按期缴纳罚款并改正' },
  }),
  archiveRecord: (archiveNumber: string) => ({
    type: 'archive_record',
    madeAt: now(),
    fields: {
      archiveNumber,
      category: '行政处罚',
      retentionPeriod: '30年',
      startedOn: now().slice(0, 10),
      endedOn: now().slice(0, 10),
    },
  }),
} as const;
