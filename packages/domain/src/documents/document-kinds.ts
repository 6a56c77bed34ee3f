import type { RecordTypeId } from '../records/record-type-ids.ts';

/**
 * How each record type prints as a document: its title and the code of its 文号. Every
 * catalogued record is a document (执法文书, GLOSSARY: "a text record of a catalogued type")
 * and may be issued; the title is what the 《行政执法文书常用格式范本》-style document calls
 * itself where that differs from the catalogue's name for the record (002 第二条, 003 第二十三条
 * 法定格式). The code goes between the agency's short name and the year in the default pattern
 * (常综执 + 罚决字 + 〔2026〕第3号); an agency may set its own pattern per kind.
 */
export interface DocumentKindSpec {
  readonly title: string;
  readonly numberCode: string;
  /** Whether the agency's seal goes over the 落款: what it issues to others, not its transcripts. */
  readonly sealed: boolean;
  /**
   * Fields the record keeps that the document handed to the party does not print: the
   * approval trail 004 第九条 asks the decision's record to hold (负责人的审批意见, 法制机构
   * 审核意见 …) stays in the case file, while the 决定书 states 行政处罚法 第五十九条's items.
   * A template may leave these out; every other field of the kind it must show.
   */
  readonly recordOnlyFields?: readonly string[];
}

export const DOCUMENT_KINDS: Readonly<Record<RecordTypeId, DocumentKindSpec>> = {
  application_record: { title: '申请登记及受理记录', numberCode: '受字', sealed: false },
  case_source_record: { title: '案件来源登记表', numberCode: '案源字', sealed: false },
  complaint_intake: { title: '投诉举报登记表', numberCode: '投字', sealed: false },
  launch_approval_form: { title: '立案审批表', numberCode: '立字', sealed: false },
  complaint_decline_notice: { title: '不予立案告知书', numberCode: '不立告字', sealed: true },
  inquiry_transcript: { title: '询问笔录', numberCode: '询字', sealed: false },
  evidence_collection_notice: { title: '调取证据通知书', numberCode: '调证字', sealed: true },
  evidence_register: { title: '证据登记保存清单', numberCode: '证登字', sealed: false },
  on_site_inspection_transcript: {
    title: '现场检查（勘验）笔录',
    numberCode: '检字',
    sealed: false,
  },
  sampling_record: { title: '抽样取证记录', numberCode: '抽字', sealed: false },
  testing_commission: {
    title: '检验（检测、检疫、鉴定）委托书',
    numberCode: '检委字',
    sealed: true,
  },
  testing_opinion: { title: '检验（检测、检疫、鉴定）意见书', numberCode: '检意字', sealed: false },
  advance_preservation: { title: '先行登记保存证据通知书', numberCode: '先保字', sealed: true },
  coercive_measure_decision: { title: '查封（扣押）决定书', numberCode: '强措字', sealed: true },
  emergency_measure_report: {
    title: '当场实施行政强制措施报告',
    numberCode: '强报字',
    sealed: false,
  },
  seizure_extension: { title: '延长查封（扣押）期限决定书', numberCode: '延字', sealed: true },
  seizure_handling: { title: '查封（扣押）处理决定书', numberCode: '强处字', sealed: true },
  preservation_handling: {
    title: '先行登记保存证据处理决定书',
    numberCode: '先处字',
    sealed: true,
  },
  property_list: { title: '场所、设施、财物清单', numberCode: '清字', sealed: false },
  rights_notice: { title: '行政处罚事先告知书', numberCode: '罚告字', sealed: true },
  statement_defence_transcript: { title: '陈述申辩笔录', numberCode: '陈字', sealed: false },
  hearing_notice: { title: '听证通知书', numberCode: '听通字', sealed: true },
  hearing_transcript: { title: '听证笔录', numberCode: '听字', sealed: false },
  expert_review: { title: '专家论证意见', numberCode: '专字', sealed: false },
  handler_opinion: { title: '案件调查终结报告', numberCode: '终字', sealed: false },
  decision_draft: { title: '行政执法决定草拟记录', numberCode: '拟字', sealed: false },
  legal_review: { title: '法制审核意见书', numberCode: '法审字', sealed: false },
  collective_discussion_minutes: {
    title: '重大案件集体讨论记录',
    numberCode: '集字',
    sealed: false,
  },
  head_approval: { title: '行政处罚审批表', numberCode: '批字', sealed: false },
  decision_document: {
    title: '行政处罚决定书',
    numberCode: '罚决字',
    sealed: true,
    recordOnlyFields: ['headOpinion', 'issuedAt', 'legalReviewOpinion', 'legalReviewer'],
  },
  simplified_procedure_record: { title: '当场行政处罚决定书', numberCode: '当罚字', sealed: true },
  proof_of_service: { title: '送达回证', numberCode: '送字', sealed: false },
  performance_record: { title: '履行情况记录', numberCode: '履字', sealed: false },
  rectification_check: { title: '整改复查意见书', numberCode: '复查字', sealed: true },
  demand_notice: { title: '催告书', numberCode: '催字', sealed: true },
  statement_review_record: { title: '陈述申辩复核意见书', numberCode: '复核字', sealed: true },
  demolition_notice: { title: '强制拆除公告', numberCode: '拆告字', sealed: true },
  compulsory_execution_record: { title: '行政强制执行决定书', numberCode: '强执字', sealed: true },
  court_enforcement_application: { title: '强制执行申请书', numberCode: '申执字', sealed: true },
  fine_handover_record: { title: '当场收缴罚款交纳记录', numberCode: '缴字', sealed: false },
  remedies_notice: { title: '行政救济途径告知书', numberCode: '救告字', sealed: true },
  archive_record: { title: '结案报告', numberCode: '结字', sealed: false },
  av_evidence_note: { title: '音像资料文字说明', numberCode: '音说字', sealed: false },
};

export function documentKind(type: RecordTypeId): DocumentKindSpec {
  return DOCUMENT_KINDS[type];
}
