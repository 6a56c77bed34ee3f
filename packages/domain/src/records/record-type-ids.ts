/**
 * Every record type the seeds name. The catalogue (./catalogue/) gives each its stage,
 * required fields and citations; rules refer to types only through these ids.
 */
export const RECORD_TYPE_IDS = [
  // 程序启动
  'application_record',
  'case_source_record',
  'complaint_intake',
  'launch_approval_form',
  'complaint_decline_notice',
  // 调查取证
  'inquiry_transcript',
  'evidence_collection_notice',
  'evidence_register',
  'on_site_inspection_transcript',
  'sampling_record',
  'testing_commission',
  'testing_opinion',
  'advance_preservation',
  'coercive_measure_decision',
  'emergency_measure_report',
  'seizure_extension',
  'seizure_handling',
  'preservation_handling',
  'property_list',
  'rights_notice',
  'statement_defence_transcript',
  'hearing_notice',
  'hearing_transcript',
  'expert_review',
  // 审查决定
  'handler_opinion',
  'decision_draft',
  'legal_review',
  'collective_discussion_minutes',
  'head_approval',
  'decision_document',
  'simplified_procedure_record',
  // 送达执行
  'proof_of_service',
  'performance_record',
  'rectification_check',
  'demand_notice',
  'statement_review_record',
  'demolition_notice',
  'compulsory_execution_record',
  'court_enforcement_application',
  'fine_handover_record',
  'remedies_notice',
  // 归档管理
  'archive_record',
  // 音像记录的书面说明
  'av_evidence_note',
] as const;
export type RecordTypeId = (typeof RECORD_TYPE_IDS)[number];
