/**
 * The enumerations of an enforcement case, named from docs/GLOSSARY.md. Each carries
 * the Chinese term the user interface and the findings show.
 */

/** 行政许可 / 处罚 / 强制 / 征收 / 收费 / 检查 (003 第二条 names all six). */
export const ACT_TYPES = [
  'licensing',
  'penalty',
  'coercion',
  'expropriation',
  'levy',
  'inspection',
] as const;
export type ActType = (typeof ACT_TYPES)[number];
export const ACT_TYPE_LABELS: Readonly<Record<ActType, string>> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  expropriation: '行政征收',
  levy: '行政收费',
  inspection: '行政检查',
};

/**
 * 环节: 程序启动、调查取证、审查决定、送达执行、归档管理 (000 第一条, 003 第三条), plus
 * the terminal state once the case file has been archived.
 */
export const STAGES = [
  'launch',
  'investigation',
  'decision',
  'service_and_execution',
  'archiving',
  'archived',
] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  launch: '程序启动',
  investigation: '调查取证',
  decision: '审查决定',
  service_and_execution: '送达执行',
  archiving: '归档管理',
  archived: '已归档',
};

/** 一般程序 / 简易程序. */
export const PROCEDURES = ['ordinary', 'simplified'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Readonly<Record<Procedure, string>> = {
  ordinary: '一般程序',
  simplified: '简易程序',
};

/** 依申请 / 依职权 / 投诉举报 (000 第六条, 002 第四条, 003 第九条至第十一条). */
export const LAUNCH_MODES = ['on_application', 'ex_officio', 'complaint'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];
export const LAUNCH_MODE_LABELS: Readonly<Record<LaunchMode, string>> = {
  on_application: '依申请',
  ex_officio: '依职权',
  complaint: '投诉举报',
};

/** 送达方式 (003 第二十五条 lists all but electronic; 004 第十条 adds 电子邮件). */
export const SERVICE_METHODS = [
  'personal',
  'postal',
  'entrusted',
  'forwarded',
  'leaving',
  'fax',
  'electronic',
  'public_notice',
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];
export const SERVICE_METHOD_LABELS: Readonly<Record<ServiceMethod, string>> = {
  personal: '直接送达',
  postal: '邮寄送达',
  entrusted: '委托送达',
  forwarded: '转交送达',
  leaving: '留置送达',
  fax: '传真送达',
  electronic: '电子送达',
  public_notice: '公告送达',
};

/** 强制执行方式 (002 第七条(四), 003 第二十八条; 强制拆除: 行政强制法 第四十四条, 000 第十二条). */
export const EXECUTION_METHODS = [
  'additional_fine',
  'transfer_of_deposits',
  'auction',
  'removal_or_restoration',
  'substitute_performance',
  'demolition',
  'other',
] as const;
export type ExecutionMethod = (typeof EXECUTION_METHODS)[number];
export const EXECUTION_METHOD_LABELS: Readonly<Record<ExecutionMethod, string>> = {
  additional_fine: '加处罚款或滞纳金',
  transfer_of_deposits: '划拨存款、汇款',
  auction: '拍卖或依法处理查封、扣押的场所、设施或财物',
  removal_or_restoration: '排除妨碍、恢复原状',
  substitute_performance: '代履行',
  // 行政强制法 第四十四条; 000 第十二条 names 强制拆除 among the acts recorded on AV.
  demolition: '强制拆除',
  other: '其他强制执行方式',
};
