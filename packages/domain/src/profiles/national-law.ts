import type { Duration } from './duration.ts';

/**
 * National law sits under every profile: each seed ends with "法律、法规、规章另有规定的，
 * 从其规定", so where a profile is looser the law's number applies. Citations of national
 * law name the statute instead of a seed, hence a type of their own beside `Citation`.
 */
export type NationalLaw = '行政处罚法' | '行政强制法';

/**
 * 国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的
 * 指导意见: the national document every seed implements. It is divided into numbered parts
 * and items, not articles, so its citations give the part and item ("三、（二）") in
 * `article`. It binds every agency as national law does (the seeds are its local
 * implementation), hence the same citation kind.
 */
export const GUIDELINE_118 = '国办发〔2018〕118号';
export type NationalDocument = typeof GUIDELINE_118;

export interface LawCitation {
  readonly law: NationalLaw | NationalDocument;
  readonly article: string;
}

export function formatLawCitation(citation: LawCitation): string {
  return citation.law === GUIDELINE_118
    ? `${GUIDELINE_118}${citation.article}`
    : `《${citation.law}》${citation.article}`;
}

export interface NationalDeadline {
  readonly value: Duration;
  readonly citations: readonly LawCitation[];
}

/**
 * 行政处罚法 (2021 revision) and 行政强制法 (2011). Article numbers are those of the 2021
 * text as we know it; they were checked against memory, not against a copy of the statute
 * in this repository (there is none), so a reviewer should confirm them once.
 */
export const NATIONAL_LAW = {
  /** 第六十条: 自行政处罚案件立案之日起九十日内作出行政处罚决定 ("九十日" is not among the
   *  periods 第八十五条 turns into working days, so calendar days). */
  penaltyDecisionDeadline: {
    value: { amount: 90, unit: 'calendar_days' },
    citations: [{ law: '行政处罚法', article: '第六十条' }],
  },
  /** 第六十一条: a party absent at the announcement is served "在七日内"; 第八十五条 makes
   *  the law's "七日" working days. */
  decisionServiceDeadline: {
    value: { amount: 7, unit: 'working_days' },
    citations: [
      { law: '行政处罚法', article: '第六十一条' },
      { law: '行政处罚法', article: '第八十五条' },
    ],
  },
  /** 第四十八条: a published decision later changed, revoked or held unlawful is withdrawn
   *  "在三日内"; by 第八十五条 that is 3 working days. */
  publicationWithdrawalDeadline: {
    value: { amount: 3, unit: 'working_days' },
    citations: [
      { law: '行政处罚法', article: '第四十八条' },
      { law: '行政处罚法', article: '第八十五条' },
    ],
  },
} as const satisfies Record<string, NationalDeadline>;

/** 行政强制法 第三十五条: 作出强制执行决定前，应当事先催告当事人履行义务 (in writing). */
export const DEMAND_NOTICE_BEFORE_EXECUTION: { readonly citation: LawCitation } = {
  citation: { law: '行政强制法', article: '第三十五条' },
};

/**
 * Periods of 行政处罚法 and 行政强制法 that bind every agency whatever its profile says, with
 * no profile key of their own (no seed speaks of them). Unit notes:
 * - 行政处罚法 第八十五条: "本法中'二日''三日''五日''七日'的规定是指工作日，不含法定节假日";
 * - 行政强制法 第六十九条: "本法中十日以内期限的规定是指工作日，不含法定节假日", so its
 *   "十日" are working days and its "三十日" calendar days.
 * Quoted from the statutes as we know them (no copy is kept in this repository); a reviewer
 * should confirm the article numbers once, as for NATIONAL_LAW.
 */
export const NATIONAL_PERIODS = {
  /** 行政强制法 第十九条: 情况紧急，需要当场实施行政强制措施的，行政执法人员应当在二十四小时内
   *  向行政机关负责人报告，并补办批准手续。 */
  emergencyMeasureReport: {
    value: { amount: 24, unit: 'hours' },
    citations: [{ law: '行政强制法', article: '第十九条' }],
  },
  /** 行政强制法 第二十五条: 查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，
   *  可以延长，但是延长期限不得超过三十日。 (第二十七条: within it the agency decides.) */
  seizureTerm: {
    value: { amount: 30, unit: 'calendar_days' },
    citations: [
      { law: '行政强制法', article: '第二十五条' },
      { law: '行政强制法', article: '第二十七条' },
    ],
  },
  seizureExtension: {
    value: { amount: 30, unit: 'calendar_days' },
    citations: [{ law: '行政强制法', article: '第二十五条' }],
  },
  /** 行政强制法 第五十四条: 催告书送达十日后当事人仍未履行义务的，行政机关可以向所在地有管辖权
   *  的人民法院申请强制执行 (十日: working days by 第六十九条). */
  courtApplicationWait: {
    value: { amount: 10, unit: 'working_days' },
    citations: [
      { law: '行政强制法', article: '第五十四条' },
      { law: '行政强制法', article: '第六十九条' },
    ],
  },
  /** 行政处罚法 第五十六条: 先行登记保存的，应当在七日内及时作出处理决定 (工作日, 第八十五条). */
  preservationHandling: {
    value: { amount: 7, unit: 'working_days' },
    citations: [
      { law: '行政处罚法', article: '第五十六条' },
      { law: '行政处罚法', article: '第八十五条' },
    ],
  },
  /** 行政处罚法 第六十四条(二): 行政机关应当在举行听证的七日前，通知当事人及有关人员听证的
   *  时间、地点 (工作日, 第八十五条). */
  hearingNotice: {
    value: { amount: 7, unit: 'working_days' },
    citations: [
      { law: '行政处罚法', article: '第六十四条' },
      { law: '行政处罚法', article: '第八十五条' },
    ],
  },
  /** 行政处罚法 第六十四条(一): 当事人要求听证的，应当在行政机关告知后五日内提出. */
  hearingRequest: {
    value: { amount: 5, unit: 'working_days' },
    citations: [
      { law: '行政处罚法', article: '第六十四条' },
      { law: '行政处罚法', article: '第八十五条' },
    ],
  },
  /** 行政处罚法 第七十一条: 执法人员当场收缴的罚款，应当自收缴罚款之日起二日内，交至行政机关；
   *  在水上当场收缴的罚款，应当自抵岸之日起二日内交至行政机关；行政机关应当在二日内将罚款
   *  缴付指定的银行。 (工作日, 第八十五条.) */
  fineHandIn: {
    value: { amount: 2, unit: 'working_days' },
    citations: [
      { law: '行政处罚法', article: '第七十一条' },
      { law: '行政处罚法', article: '第八十五条' },
    ],
  },
} as const satisfies Record<string, NationalDeadline>;

/**
 * 行政处罚法 第六十条 gives 90 days "法律、法规、规章另有规定的，从其规定". The 2021 text itself
 * names neither extension nor suspension; both come from the departmental rules it defers
 * to (e.g. 市场监督管理行政处罚程序规定: 经负责人批准可以延长; 中止、听证、公告和检测、检验、
 * 检疫、鉴定等时间不计入案件办理期限). We model both as case events with their reason, the
 * extension with the approving agency head, and do not fix the length an extension may
 * have, which those rules set differently. Our recollection of those rules is unverified
 * here; the platform records what the agency did and counts the period accordingly.
 */
export const DECISION_PERIOD_CHANGES = {
  citations: [{ law: '行政处罚法', article: '第六十条' }] as readonly LawCitation[],
} as const;

/** 行政强制法 第四十四条: 强制拆除 only after a public notice, the party's own time to demolish,
 *  and no 复议 or 诉讼 pending within the legal periods. */
export const DEMOLITION_CONDITIONS: { readonly citation: LawCitation } = {
  citation: { law: '行政强制法', article: '第四十四条' },
};
