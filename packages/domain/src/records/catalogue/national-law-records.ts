import type { LawCitation } from '../../profiles/national-law.ts';
import { lawField, optional } from './field.ts';
import type { RecordTypeSpec } from './spec.ts';

/**
 * Documents that 行政处罚法 and 行政强制法 call for and no seed names, so every agency keeps
 * them whatever its profile; they have no seed citations, only `lawCitations`. Each holds
 * the moment a deadline in ../../profiles/national-law.ts NATIONAL_PERIODS runs from or is
 * met by; the rules in ../../rules/ count those periods.
 */
const penalty = (article: string): LawCitation => ({ law: '行政处罚法', article });
const coercion = (article: string): LawCitation => ({ law: '行政强制法', article });

const emergencyReport = [coercion('第十九条')];
const seizureTerm = [coercion('第二十五条')];
const seizureHandling = [coercion('第二十五条'), coercion('第二十七条')];
const preservation = [penalty('第五十六条')];
const hearing = [penalty('第六十四条')];
const demolition = [coercion('第四十四条')];
const fineHandIn = [penalty('第七十一条')];

/** 调查取证: measures and evidence preservation during the investigation, and hearings. */
export const NATIONAL_LAW_INVESTIGATION_RECORDS: readonly RecordTypeSpec[] = [
  {
    id: 'emergency_measure_report',
    label: '当场实施行政强制措施报告及补办批准记录',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [],
    lawCitations: emergencyReport,
    fields: [
      lawField('reportedAt', 'instant', '向行政机关负责人报告的时间', emergencyReport),
      lawField('head', 'text', '听取报告的行政机关负责人', emergencyReport),
      lawField('approval', 'text', '负责人意见（补办批准或者立即解除）', emergencyReport),
    ],
  },
  {
    id: 'seizure_extension',
    label: '延长查封、扣押期限决定书',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [],
    lawCitations: seizureTerm,
    fields: [
      lawField('approvedBy', 'text', '批准延长的行政机关负责人', seizureTerm),
      lawField('reason', 'text', '延长的理由（情况复杂）', seizureTerm),
      lawField('extendedUntil', 'date', '延长后的期限届满日期', seizureTerm),
      lawField('partyNotified', 'text', '书面告知当事人的情况', seizureTerm),
    ],
  },
  {
    id: 'seizure_handling',
    label: '查封、扣押处理决定书',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [],
    lawCitations: seizureHandling,
    fields: [
      lawField('handling', 'choice', '处理决定', seizureHandling, {
        choices: ['没收', '解除查封、扣押', '移送有关机关', '其他处理'],
      }),
      lawField('details', 'text', '处理的场所、设施或者财物及理由', seizureHandling),
    ],
  },
  {
    id: 'preservation_handling',
    label: '先行登记保存证据处理决定书',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [],
    lawCitations: preservation,
    fields: [lawField('handling', 'text', '对先行登记保存证据的处理决定', preservation)],
  },
  {
    id: 'hearing_notice',
    label: '听证通知书',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [],
    lawCitations: hearing,
    fields: [
      lawField('requestedOn', 'date', '当事人要求听证的日期', hearing, optional),
      lawField('notifiedAt', 'instant', '通知当事人及有关人员的时间', hearing),
      lawField('scheduledAt', 'instant', '举行听证的时间', hearing),
      lawField('place', 'text', '举行听证的地点', hearing),
    ],
  },
];

/** 送达执行: the notice before a demolition, and fines collected on the spot. */
export const NATIONAL_LAW_EXECUTION_RECORDS: readonly RecordTypeSpec[] = [
  {
    id: 'demolition_notice',
    label: '强制拆除公告',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: [],
    lawCitations: demolition,
    fields: [
      lawField('content', 'text', '公告内容', demolition),
      lawField('selfDemolitionDeadline', 'date', '限期当事人自行拆除的期限', demolition),
    ],
  },
  {
    id: 'fine_handover_record',
    label: '当场收缴罚款交纳记录',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: [],
    lawCitations: fineHandIn,
    fields: [
      lawField('collectedAt', 'instant', '当场收缴罚款的时间', fineHandIn),
      lawField('landedAt', 'instant', '抵岸时间（在水上当场收缴的）', fineHandIn, optional),
      lawField('handedInAt', 'instant', '交至行政机关的时间', fineHandIn),
      lawField('paidToBankAt', 'instant', '行政机关缴付指定银行的时间', fineHandIn, optional),
    ],
  },
];
