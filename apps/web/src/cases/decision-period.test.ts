import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../api/cases.ts';
import {
  periodActs,
  periodHistory,
  periodState,
  shiftedDays,
  type DecisionPeriodView,
} from './decision-period.ts';

const FILED = '2026-03-02T02:00:00.000Z';
const DEADLINE = '2026-06-01T16:00:00.000Z';

function aPeriod(overrides: Partial<DecisionPeriodView> = {}): DecisionPeriodView {
  return {
    filedAt: FILED,
    period: '90 日',
    deadline: DEADLINE,
    provisionalYears: [],
    decidedAt: null,
    suspendedSince: null,
    changes: [],
    ...overrides,
  };
}

/** Only what the acts read: the period, the case's state and the reader's abilities. */
function aDetail(
  period: DecisionPeriodView | null,
  overrides: { abilities?: string[]; stage?: string; closedInErrorAt?: string | null } = {},
): CaseDetail {
  return {
    decisionPeriod: period,
    abilities: overrides.abilities ?? ['case:read', 'case:work'],
    case: {
      stage: overrides.stage ?? 'investigation',
      closedInErrorAt: overrides.closedInErrorAt ?? null,
    },
  } as unknown as CaseDetail;
}

const chief = { roles: ['agency_head'] };
const officer = { roles: ['officer'] };

describe('the acts on the decision period', () => {
  it('lets the agency head extend and the officers suspend a running period', () => {
    expect(periodActs(aDetail(aPeriod()), chief)).toEqual(['extend', 'suspend']);
    expect(periodActs(aDetail(aPeriod()), officer)).toEqual(['suspend']);
  });

  it('offers resumption, not a second suspension, while the period stands still', () => {
    const suspended = aPeriod({ suspendedSince: '2026-04-01T01:00:00.000Z' });
    expect(periodActs(aDetail(suspended), officer)).toEqual(['resume']);
    expect(periodActs(aDetail(suspended), chief)).toEqual(['extend', 'resume']);
  });

  it('offers nothing once decided, on a closed or archived case, or to a reader only', () => {
    expect(periodActs(aDetail(null), chief)).toEqual([]);
    expect(periodActs(aDetail(aPeriod({ decidedAt: '2026-05-01T01:00:00.000Z' })), chief)).toEqual(
      [],
    );
    expect(
      periodActs(aDetail(aPeriod(), { closedInErrorAt: '2026-04-01T01:00:00.000Z' }), chief),
    ).toEqual([]);
    expect(periodActs(aDetail(aPeriod(), { stage: 'archived' }), chief)).toEqual([]);
    expect(periodActs(aDetail(aPeriod(), { abilities: ['case:read'] }), chief)).toEqual([]);
  });
});

describe('where the period stands', () => {
  const before = new Date('2026-05-01T00:00:00Z');
  const after = new Date('2026-06-02T00:00:00Z');

  it('runs until its deadline and is overdue from it', () => {
    expect(periodState(aPeriod(), before).kind).toBe('running');
    expect(periodState(aPeriod(), new Date(DEADLINE)).kind).toBe('overdue');
    expect(periodState(aPeriod({ provisionalYears: [2041] }), after).label).toBe('暂定期限已届满');
  });

  it('stands still while suspended, whatever the date', () => {
    expect(periodState(aPeriod({ suspendedSince: FILED }), after).kind).toBe('suspended');
  });

  it('judges a decision against the deadline: the deadline itself is too late', () => {
    expect(periodState(aPeriod({ decidedAt: '2026-06-01T15:59:00.000Z' }), after).kind).toBe(
      'decided',
    );
    expect(periodState(aPeriod({ decidedAt: DEADLINE }), before).kind).toBe('decided_late');
  });
});

describe('the history of the period', () => {
  const period = aPeriod({
    changes: [
      {
        kind: 'suspension',
        at: '2026-03-10T01:00:00.000Z',
        resumedAt: '2026-03-30T01:00:00.000Z',
        days: 20,
        counted: true,
        cause: 'testing',
        reason: '委托鉴定',
      },
      {
        kind: 'extension',
        at: '2026-05-20T01:00:00.000Z',
        days: 30,
        counted: true,
        reason: '案情复杂',
        approverName: '周局长',
      },
      {
        kind: 'extension',
        at: '2026-08-01T01:00:00.000Z',
        days: 10,
        counted: false,
        reason: '补充调查',
        approverName: '周局长',
      },
      {
        kind: 'suspension',
        at: '2026-08-02T01:00:00.000Z',
        resumedAt: null,
        days: 3,
        counted: true,
        cause: 'hearing',
        reason: '举行听证',
      },
    ],
  });

  it('says each change in China time, with who approved it and what it left out', () => {
    expect(
      periodHistory(period).map(({ title, detail, counted }) => ({ title, detail, counted })),
    ).toEqual([
      {
        title: '因检测、检验、检疫、鉴定中止',
        detail: '2026-03-10 09:00 起，至 2026-03-30 09:00 恢复计算，20 日不计入；理由：委托鉴定',
        counted: true,
      },
      {
        title: '延长 30 日',
        detail: '2026-05-20 09:00 经周局长批准；理由：案情复杂',
        counted: true,
      },
      {
        title: '延长 10 日',
        detail: '2026-08-01 09:00 经周局长批准；理由：补充调查；晚于期限届满，未计入期限',
        counted: false,
      },
      {
        title: '因听证中止',
        detail: '2026-08-02 09:00 起，至今（中止中），已有 3 日不计入；理由：举行听证',
        counted: true,
      },
    ]);
  });

  it('adds up only the changes that count', () => {
    expect(shiftedDays(period)).toEqual({ extended: 30, suspended: 23 });
  });
});
