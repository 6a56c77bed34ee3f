import { SUSPENSION_CAUSE_LABELS } from '@liuhen/domain';
import type { CaseDetail } from '../api/cases.ts';
import { can } from './case-facts.ts';
import { formatChinaTime } from './china-time.ts';

// 行政处罚法 第六十条 on the case page: where the period stands, its changes, and who may
// change it. The server counts the period (the case detail's `decisionPeriod`, the same
// count decision-overdue makes); this only reads it.

export type DecisionPeriodView = NonNullable<CaseDetail['decisionPeriod']>;
type PeriodChange = DecisionPeriodView['changes'][number];

/** 延长办案期限 (the agency head, who approves it), 中止计算 and 恢复计算 (the case's officers). */
export type PeriodAct = 'extend' | 'suspend' | 'resume';

export interface PeriodReader {
  readonly roles: readonly string[];
}

/**
 * The acts the reader may take on the period now: none once decided or closed, nor for
 * anyone who may not work on the case; an extension only for the agency head (the server
 * requires it: he approves, so he enters it); a suspension, or while suspended its
 * resumption.
 */
export function periodActs(detail: CaseDetail, reader: PeriodReader): PeriodAct[] {
  const period = detail.decisionPeriod;
  const row = detail.case;
  if (period === null || period.decidedAt !== null) return [];
  if (row.closedInErrorAt !== null || row.stage === 'archived') return [];
  if (!can(detail, 'case:work')) return [];
  const acts: PeriodAct[] = [];
  if (reader.roles.includes('agency_head')) acts.push('extend');
  acts.push(period.suspendedSince === null ? 'suspend' : 'resume');
  return acts;
}

export type PeriodStateKind = 'decided' | 'decided_late' | 'suspended' | 'overdue' | 'running';

/** Where the period stands at `now`, as a tag says it. */
export function periodState(
  period: DecisionPeriodView,
  now: Date,
): { kind: PeriodStateKind; label: string; color: string } {
  const deadline = Date.parse(period.deadline);
  if (period.decidedAt !== null) {
    return Date.parse(period.decidedAt) < deadline
      ? { kind: 'decided', label: '已在期限内作出决定', color: 'green' }
      : { kind: 'decided_late', label: '超期作出决定', color: 'orange' };
  }
  if (period.suspendedSince !== null) {
    return { kind: 'suspended', label: '中止计算中', color: 'gold' };
  }
  if (now.getTime() >= deadline) {
    return {
      kind: 'overdue',
      label: period.provisionalYears.length ? '暂定期限已届满' : '已超期',
      color: 'red',
    };
  }
  return { kind: 'running', label: '计算中', color: 'blue' };
}

export interface PeriodChangeLine {
  readonly key: string;
  /** 延长 30 日 · 因听证中止 */
  readonly title: string;
  /** When, by whose approval or until when, and why. */
  readonly detail: string;
  /** Made after the period ran out: it does not count (a late decision stays late). */
  readonly counted: boolean;
}

function changeLine(change: PeriodChange, index: number): PeriodChangeLine {
  const late = change.counted ? '' : '；晚于期限届满，未计入期限';
  if (change.kind === 'extension') {
    return {
      key: `extension-${index}`,
      title: `延长 ${change.days} 日`,
      detail: `${formatChinaTime(change.at)} 经${change.approverName}批准；理由：${change.reason}${late}`,
      counted: change.counted,
    };
  }
  const until =
    change.resumedAt === null
      ? `至今（中止中），已有 ${change.days} 日不计入`
      : `至 ${formatChinaTime(change.resumedAt)} 恢复计算，${change.days} 日不计入`;
  return {
    key: `suspension-${index}`,
    title: `因${SUSPENSION_CAUSE_LABELS[change.cause]}中止`,
    detail: `${formatChinaTime(change.at)} 起${change.counted ? `，${until}` : ''}；理由：${change.reason}${late}`,
    counted: change.counted,
  };
}

/** The changes, oldest first, as lines of the card's history. */
export function periodHistory(period: DecisionPeriodView): PeriodChangeLine[] {
  return period.changes.map(changeLine);
}

/** The days the changes that count added to the period: extensions and suspended days. */
export function shiftedDays(period: DecisionPeriodView): { extended: number; suspended: number } {
  let extended = 0;
  let suspended = 0;
  for (const change of period.changes) {
    if (!change.counted) continue;
    if (change.kind === 'extension') extended += change.days;
    else suspended += change.days;
  }
  return { extended, suspended };
}
