import {
  EXECUTION_METHOD_LABELS,
  formatLawCitation,
  formatRegulationCitation,
  SERVICE_METHOD_LABELS,
  type FindingSeverity,
  type Stage,
  type ValueCitation,
} from '@liuhen/domain';
import type { OfficerRole } from '../api/cases.ts';

/**
 * How each kind of finding looks: 缺失 red, 违规 orange, 待办 blue, 无法判断 grey, and 参考
 * (another agency's regulation's practice, never blocking) in a quiet blue-grey.
 */
export const SEVERITY_INFO: Readonly<
  Record<FindingSeverity, { label: string; color: string; hint: string }>
> = {
  missing: { label: '缺失', color: 'red', hint: '现在应有而没有的记录，补齐前不能进入下一环节' },
  violation: { label: '违规', color: 'orange', hint: '已经违反的义务（例如超过期限），会记入案件' },
  due: { label: '待办', color: 'blue', hint: '尚未到期的义务，请在截止时间前完成' },
  undetermined: { label: '无法判断', color: 'default', hint: '缺少判断所需的数据，请按提示处理' },
  advice: {
    label: '参考',
    color: 'geekblue',
    hint: '其他规定的做法：本机关适用的规定和法律未作要求，仅供参考，不影响办理',
  },
};

/** What an advice finding is, before the regulations it names: 参考：其他规定的做法. */
export const ADVICE_LABEL = '参考：其他规定的做法';

export const SEVERITY_ORDER: readonly FindingSeverity[] = [
  'missing',
  'violation',
  'due',
  'undetermined',
  'advice',
];

export const STAGE_COLORS: Readonly<Record<Stage, string>> = {
  launch: 'gold',
  investigation: 'blue',
  decision: 'purple',
  service_and_execution: 'cyan',
  archiving: 'green',
  archived: 'default',
};

export const OFFICER_ROLE_LABELS: Readonly<Record<OfficerRole, string>> = {
  handler: '承办人',
  assisting: '协办人',
};

/** The moments the server records on a case (apps/server case events). */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  launched: '启动执法程序',
  launch_approved: '批准启动',
  filed: '立案',
  complaint_declined: '不予立案（不启动执法程序）',
  complainant_informed: '已告知投诉人、举报人',
  decision_period_extended: '经负责人批准延长作出处罚决定的期限',
  decision_period_suspended: '中止计算作出处罚决定的期限',
  decision_period_resumed: '恢复计算作出处罚决定的期限',
  decision_made: '作出决定',
  concluded: '结案',
  archived: '立卷归档',
  stage_changed: '环节变更',
};

/** Vocabulary ids used as choices in the catalogue (送达方式, 强制执行方式) → 中文. */
const CHOICE_LABELS: Readonly<Record<string, string>> = {
  ...SERVICE_METHOD_LABELS,
  ...EXECUTION_METHOD_LABELS,
};

export function choiceLabel(value: string): string {
  return CHOICE_LABELS[value] ?? value;
}

/** 《德宏州记录办法》第九条: the regulation's short title, as the citation tags show it. */
export function profileCitationText(citation: ValueCitation): string {
  // The national baseline cites national law and 国办发〔2018〕118号, not a seed.
  return 'law' in citation ? formatLawCitation(citation) : formatRegulationCitation(citation);
}
