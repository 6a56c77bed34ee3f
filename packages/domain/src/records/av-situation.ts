/**
 * The situations the seeds require to be on audio-video. A profile's mandatory-AV list
 * maps each of its items to these (profiles/profile-schema.ts), and a record of a given
 * type and content is in some of them (./catalogue/), so "was this on video?" is a set
 * intersection rather than a reading of free text.
 */
export const AV_SITUATIONS = [
  'inquiry',
  'on_site_inspection',
  'sampling',
  'advance_preservation',
  'hearing',
  /** 限制人身自由，查封场所、设施，扣押物品或财产 */
  'coercive_measure',
  /** 强制拆除 */
  'forced_demolition',
  /** 排除妨碍、恢复原状 */
  'removal_or_restoration',
  'substitute_performance',
  'compulsory_execution',
  'non_cooperation',
  /** 随机抽取检查对象和执法检查人员 (004 音像记录事项清单 第3项); marked by the officer. */
  'random_selection',
  /** 当事人口头陈述、申辩 (004 第八条; 音像记录事项清单 第9项). */
  'oral_statement',
  'refusal_to_sign',
  'obstruction',
  'major_incident',
  'special_operation',
  'service_personal',
  'service_leaving',
  'service_public_notice',
  'simplified_procedure',
  /** 直接涉及人身自由、生命健康、重大财产权益的现场执法活动 */
  'onsite_rights_critical',
  /** 执法办案场所 */
  'case_handling_room',
] as const;
export type AvSituation = (typeof AV_SITUATIONS)[number];

export const AV_SITUATION_LABELS: Readonly<Record<AvSituation, string>> = {
  inquiry: '询问（调查）',
  on_site_inspection: '现场检查（勘验）',
  sampling: '抽样取证',
  advance_preservation: '先行登记保存证据',
  hearing: '举行听证',
  coercive_measure: '行政强制措施（限制人身自由、查封、扣押）',
  forced_demolition: '强制拆除',
  removal_or_restoration: '排除妨碍、恢复原状',
  substitute_performance: '代履行',
  compulsory_execution: '行政强制执行',
  non_cooperation: '当事人或有关人员不配合执法',
  random_selection: '“双随机”抽查的随机抽取过程',
  oral_statement: '当事人口头陈述、申辩',
  refusal_to_sign: '拒绝签字或盖章确认',
  obstruction: '阻碍执法、妨碍公务',
  major_incident: '处置重大突发事件、群体性事件',
  special_operation: '综合行政执法专项行动',
  service_personal: '直接送达',
  service_leaving: '留置送达',
  service_public_notice: '公告送达',
  simplified_procedure: '简易程序',
  onsite_rights_critical: '直接涉及人身自由、生命健康、重大财产权益的现场执法',
  case_handling_room: '执法办案场所',
};
