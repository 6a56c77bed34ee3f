import type { LawCitation } from '../profiles/national-law.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';

/**
 * What national law says a document of a kind must state beyond the record's own fields
 * (which the catalogue already requires of every template, ./template-check.ts). The
 * agency's name, seal and date are in every 落款 and need no place-holder.
 */
export interface LawRequiredPath {
  readonly path: string;
  readonly citation: LawCitation;
}

const penaltyDecision = (item: string): LawCitation => ({
  law: '行政处罚法',
  article: `第五十九条${item}`,
});
const coerciveDecision = (item: string): LawCitation => ({
  law: '行政强制法',
  article: `第二十四条${item}`,
});

export const LAW_REQUIRED_PATHS: Partial<Record<RecordTypeId, readonly LawRequiredPath[]>> = {
  // 行政处罚法 第五十九条: 决定书应当载明 (一)当事人的姓名或者名称、地址；(二)违反法律、法规、
  // 规章的事实和证据；(三)行政处罚的种类和依据；(四)行政处罚的履行方式和期限；(五)申请行政
  // 复议、提起行政诉讼的途径和期限；(六)作出决定的行政机关名称和作出决定的日期。
  decision_document: [
    { path: 'party.name', citation: penaltyDecision('（一）') },
    { path: 'party.address', citation: penaltyDecision('（一）') },
    // 事实 and 依据 are the record's own fields (catalogue: facts, legalBasis), required anyway.
    { path: 'facts.evidence', citation: penaltyDecision('（二）') },
    { path: 'facts.penalties', citation: penaltyDecision('（三）') },
    { path: 'facts.performance', citation: penaltyDecision('（四）') },
    { path: 'remedies.text', citation: penaltyDecision('（五）') },
  ],
  // 行政强制法 第二十四条: 查封、扣押决定书应当载明 (一)当事人的姓名或者名称、地址 … (四)申请
  // 行政复议或者提起行政诉讼的途径和期限.
  coercive_measure_decision: [
    { path: 'party.name', citation: coerciveDecision('（一）') },
    { path: 'party.address', citation: coerciveDecision('（一）') },
    { path: 'remedies.text', citation: coerciveDecision('（四）') },
  ],
  // 行政强制法 第三十七条: 强制执行决定应当载明 (一)当事人的姓名或者名称、地址 … (四)申请行政
  // 复议或者提起行政诉讼的途径和期限.
  compulsory_execution_record: [
    { path: 'party.name', citation: { law: '行政强制法', article: '第三十七条（一）' } },
    { path: 'party.address', citation: { law: '行政强制法', article: '第三十七条（一）' } },
    { path: 'remedies.text', citation: { law: '行政强制法', article: '第三十七条（四）' } },
  ],
  // 行政强制法 第三十五条: 催告应当以书面形式作出 — naming whom it is addressed to.
  demand_notice: [{ path: 'party.name', citation: { law: '行政强制法', article: '第三十五条' } }],
};

export function lawRequiredPaths(kind: RecordTypeId): readonly LawRequiredPath[] {
  return LAW_REQUIRED_PATHS[kind] ?? [];
}
