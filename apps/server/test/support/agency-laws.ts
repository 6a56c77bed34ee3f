/**
 * What each agency's own law asks of a case on the four paths the walks take
 * (agency-walks*.test.ts), read from the seeds and national law: the records each step
 * needs, the acts put on AV, and whether a launch may come before its approval. What only
 * another agency's regulation asks is deliberately left out, so a walk shows that an agency
 * can do its work lawfully with nothing else's rules.
 */
export interface AgencyLaw {
  /** The profile the agency works under. */
  readonly profileId: string;
  /** The profile's seed; none for the national baseline. */
  readonly seed: string | undefined;
  /** 案件来源及立案记录 of an ex officio ordinary case: 000 第六条, 001 第五条(一). */
  readonly caseSourceRecord: boolean;
  /** 程序启动审批表 approved by the launch chain before filing: 002 第四条(二), 003 第十条. */
  readonly launchApproval: boolean;
  /** 承办人处理意见 before the decision: 000 第八条, 001 第五条(三), 003 第三十九条. */
  readonly handlerOpinion: boolean;
  /** 实名投诉不予立案 told to the complainant, in writing: 002 第四条(三), 003 第十一条. */
  readonly informComplainant: boolean;
  /** 简易程序记录: 002 第六条(二), 003 第二十四条. */
  readonly simplifiedRecord: boolean;
  /** 案卷归档记录: 000 第十一条, 001 第五条. */
  readonly archiveRecord: boolean;
  /** 询问 on AV: 003 第十八条(一), 004《全过程记录制度》第十二条. */
  readonly inquiryOnVideo: boolean;
  /** The whole simplified procedure on AV: 004《全过程记录制度》第十三条. */
  readonly simplifiedOnVideo: boolean;
  /** 情况紧急的，可先启动…24 小时内补办审批手续: 003 第十条 alone. */
  readonly emergencyLaunch: boolean;
  /** The steps of the launch approval, where one is required: the profile's chain. */
  readonly launchChain: readonly string[];
  /**
   * The steps of an ordinary penalty's decision approval, not a major one: the profile's
   * chain, or the product's default (审核 → 负责人批准) where the regulation names none.
   */
  readonly decisionChain: readonly string[];
}

const NOTHING_MORE = {
  caseSourceRecord: false,
  launchApproval: false,
  handlerOpinion: false,
  informComplainant: false,
  simplifiedRecord: false,
  archiveRecord: false,
  inquiryOnVideo: false,
  simplifiedOnVideo: false,
  emergencyLaunch: false,
  launchChain: [],
} as const;

/**
 * The five demo agencies' regulations and the national baseline (行政处罚法, 行政强制法,
 * 国办发〔2018〕118号 only). What national law asks of every one (the rights notice,
 * 第四十四条; evidence gathered, 第五十四条; a written decision, 第五十九条; its service,
 * 第六十一条; two officers, 第四十二条) every walk does, so it is not listed.
 */
export const AGENCY_LAWS: readonly AgencyLaw[] = [
  {
    ...NOTHING_MORE,
    profileId: 'seed-000',
    seed: '000',
    caseSourceRecord: true,
    handlerOpinion: true,
    archiveRecord: true,
    // 第八条: 承办机构的处理意见, 审批决定意见 (the 法制审核 is of major decisions).
    decisionChain: ['承办机构意见', '审批决定'],
  },
  {
    ...NOTHING_MORE,
    profileId: 'seed-001',
    seed: '001',
    caseSourceRecord: true,
    handlerOpinion: true,
    archiveRecord: true,
    // 第五条(三): 承办机构意见, 作出决定.
    decisionChain: ['承办机构意见', '作出决定'],
  },
  {
    ...NOTHING_MORE,
    profileId: 'seed-002',
    seed: '002',
    launchApproval: true,
    informComplainant: true,
    simplifiedRecord: true,
    // 第四条(二) and 第六条(一).
    launchChain: ['执法科室负责人意见', '主要负责人批准'],
    decisionChain: ['起草机构审查', '负责人审批'],
  },
  {
    ...NOTHING_MORE,
    profileId: 'seed-003',
    seed: '003',
    launchApproval: true,
    handlerOpinion: true,
    informComplainant: true,
    simplifiedRecord: true,
    inquiryOnVideo: true,
    emergencyLaunch: true,
    // 第三十九条: 承办人 → 审核人 → 批准人.
    launchChain: ['审核', '批准'],
    decisionChain: ['审核', '批准'],
  },
  {
    ...NOTHING_MORE,
    profileId: 'seed-004',
    seed: '004',
    inquiryOnVideo: true,
    simplifiedOnVideo: true,
    // 《全过程记录制度》第九条: the 法制审核 of every penalty, then the head's.
    decisionChain: ['法制审核', '本单位负责人审批'],
  },
  {
    ...NOTHING_MORE,
    profileId: 'national-baseline',
    seed: undefined,
    decisionChain: ['审核', '负责人批准'],
  },
];
