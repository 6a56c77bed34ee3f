import type { LawCitation } from '../../profiles/national-law.ts';

/**
 * Articles of national law the procedural rules cite besides the deadlines in
 * ../../profiles/national-law.ts. 行政处罚法 as revised in 2021, 行政强制法 of 2011; like
 * that file, the numbers were checked against the statutes' text as we know it, not a copy
 * kept in this repository.
 */
const penaltyLaw = (article: string): LawCitation => ({ law: '行政处罚法', article });
const coercionLaw = (article: string): LawCitation => ({ law: '行政强制法', article });

export const PENALTY_LAW = {
  /** 第四十二条: 由具有行政执法资格的执法人员实施；执法人员不得少于两人，法律另有规定的除外。 */
  officers: penaltyLaw('第四十二条'),
  /** 第四十四条: 作出决定之前告知拟处罚的内容及事实、理由、依据和陈述、申辩、要求听证等权利。 */
  rightsNotice: penaltyLaw('第四十四条'),
  /**
   * 第五十四条: 除当场作出的行政处罚外，必须全面、客观、公正地调查，收集有关证据；必要时
   * 可以进行检查.
   */
  investigation: penaltyLaw('第五十四条'),
  /** 第五十二条: 当场作出的处罚决定书当场交付当事人；拒绝签收的，在决定书上注明。 */
  onTheSpotHandover: penaltyLaw('第五十二条'),
  /** 第五十五条: 调查或者检查时主动向当事人或者有关人员出示执法证件。 */
  certificateShown: penaltyLaw('第五十五条'),
  /** 第五十七条: 情节复杂或者重大违法行为给予处罚，行政机关负责人应当集体讨论决定。 */
  collectiveDiscussion: penaltyLaw('第五十七条'),
  /** 第五十八条: 法制审核；未经法制审核或者审核未通过的，不得作出决定。 */
  legalReview: penaltyLaw('第五十八条'),
  /** 第六十二条: 未依照第四十四条告知的，不得作出行政处罚决定。 */
  noDecisionWithoutNotice: penaltyLaw('第六十二条'),
} as const;

export const COERCION_LAW = {
  /** 第十八条: 强制措施由两名以上行政执法人员实施，出示执法身份证件。 */
  measureProcedure: coercionLaw('第十八条'),
  /** 第五十四条: 申请人民法院强制执行前，应当催告当事人履行义务。 */
  demandBeforeCourtApplication: coercionLaw('第五十四条'),
} as const;
