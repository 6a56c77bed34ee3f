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
