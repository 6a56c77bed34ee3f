import type { MandatoryAvItem, PolicyProfile } from './profile-schema.ts';
import { GUIDELINE_118, type LawCitation } from './national-law.ts';

/**
 * 国办发〔2018〕118号 三、（二）"规范音像记录". The repository holds no copy of the document and
 * this was written without access to one: the part and item numbers and the title are from
 * memory and must be confirmed against the original. The duty itself (全程音像记录 of
 * 查封扣押财产、强制拆除 and the like, and of 执法办案场所) is the one every seed repeats
 * (e.g. 000 第十二条 copies its wording), which is why it is used here.
 */
const AV_RECORDING: LawCitation = { law: GUIDELINE_118, article: '三、（二）' };

/**
 * 行政处罚法 (2021) 第四十七条: 行政机关应当依法以文字、音像等形式，对行政处罚的启动、
 * 调查取证、审核、决定、送达、执行等进行全过程记录，归档保存. Article number from memory, as
 * everywhere in ./national-law.ts.
 */
const PENALTY_FULL_PROCESS: LawCitation = { law: '行政处罚法', article: '第四十七条' };

/** 行政强制法 第十八条(七): a coercive measure is recorded in 现场笔录. From memory. */
const COERCIVE_MEASURE_RECORD: LawCitation = { law: '行政强制法', article: '第十八条' };

function avItem(value: string, situations?: MandatoryAvItem['situations']): MandatoryAvItem {
  return situations === undefined
    ? { value, citation: AV_RECORDING }
    : { value, citation: AV_RECORDING, situations };
}

/**
 * The profile of an agency that has no 执法全过程记录制度 of its own, and the default of a new
 * agency: only what 118号 and the two statutes say. It has no `seed`, so no seed's article
 * ever binds it; every number national law sets reaches it through ./effective-policy.ts.
 * 118号 sets no storage, archiving or retention period, so none is given here: an agency
 * that adopts its own adds them to its copy.
 */
export const nationalBaselineProfile: PolicyProfile = {
  id: 'national-baseline',
  name: '国家规定基线（未制定本机关制度时适用）',
  issuer: '国务院办公厅',
  documentNumber: GUIDELINE_118,
  mandatoryAvActs: [
    avItem('查封扣押财产', ['coercive_measure']),
    avItem('强制拆除', ['forced_demolition']),
    avItem('直接涉及人身自由、生命健康、重大财产权益的现场执法活动', ['onsite_rights_critical']),
    avItem('执法办案场所', ['case_handling_room']),
    // "根据实际情况进行音像记录": a judgement left to the agency, shown but checked by no rule.
    avItem(
      '现场检查、随机抽查、调查取证、证据保全、听证、行政强制、送达等容易引发争议的行政执法过程（根据实际情况）',
    ),
  ],
  textRecordActs: [
    {
      value: '行政处罚的启动、调查取证、审核、决定、送达、执行等全过程',
      citation: PENALTY_FULL_PROCESS,
    },
    { value: '实施行政强制措施，制作现场笔录', citation: COERCIVE_MEASURE_RECORD },
  ],
};

export const NATIONAL_BASELINE_PROFILE_ID = nationalBaselineProfile.id;
