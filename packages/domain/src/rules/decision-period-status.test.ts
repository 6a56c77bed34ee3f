import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { decisionPeriodStatus } from './decision-period-status.ts';
import { aCase, aContext } from './test-support/rule-fixture.ts';

// Wednesday; +90 days is Tuesday 2025-05-13, a working day (as in decision-overdue.test.ts).
const filed: CaseEvent = { type: 'filed', at: '2025-02-12T10:00:00+08:00' };
const extended = (at: string, days: number): CaseEvent => ({
  type: 'decision_period_extended',
  at,
  days,
  reason: '案情复杂',
  approverName: '周局长',
});
const suspended = (at: string): CaseEvent => ({
  type: 'decision_period_suspended',
  at,
  cause: 'hearing',
  reason: '举行听证',
});
const resumed = (at: string): CaseEvent => ({ type: 'decision_period_resumed', at });

describe('decisionPeriodStatus', () => {
  it('has nothing to say before filing or for another act type', () => {
    expect(decisionPeriodStatus(aContext({ events: [] }))).toBeUndefined();
    expect(
      decisionPeriodStatus(
        aContext({ enforcementCase: aCase({ actType: 'inspection' }), events: [filed] }),
      ),
    ).toBeUndefined();
  });

  it('gives the end in force with each change, oldest first, and whether it counted', () => {
    const status = decisionPeriodStatus(
      aContext({
        events: [
          filed,
          suspended('2025-04-01T09:00:00+08:00'),
          extended('2025-04-10T09:00:00+08:00', 30),
          resumed('2025-04-21T09:00:00+08:00'),
          extended('2025-09-01T09:00:00+08:00', 10),
        ],
        now: '2025-05-20T12:00:00+08:00',
      }),
    );
    // 05-13 + 20 suspended days + 30 = 07-02 (Wednesday); the late extension adds nothing.
    expect(status).toMatchObject({
      filedAt: filed.at,
      period: '90 日',
      deadline: '2025-07-02T16:00:00.000Z',
      provisionalYears: [],
      changes: [
        {
          kind: 'suspension',
          at: '2025-04-01T09:00:00+08:00',
          resumedAt: '2025-04-21T09:00:00+08:00',
          days: 20,
          counted: true,
          cause: 'hearing',
        },
        { kind: 'extension', days: 30, counted: true, approverName: '周局长' },
        { kind: 'extension', days: 10, counted: false },
      ],
    });
    expect(status?.suspendedSince).toBeUndefined();
  });

  it('counts a suspension still running up to now, and says since when', () => {
    const status = decisionPeriodStatus(
      aContext({
        events: [filed, suspended('2025-04-01T09:00:00+08:00')],
        now: '2025-04-11T12:00:00+08:00',
      }),
    );
    expect(status).toMatchObject({
      suspendedSince: '2025-04-01T09:00:00+08:00',
      // 05-13 + 10 days = 05-23 (Friday).
      deadline: '2025-05-23T16:00:00.000Z',
      changes: [{ kind: 'suspension', days: 10, counted: true }],
    });
    expect(status?.changes[0]).not.toHaveProperty('resumedAt');
  });

  it('marks an end in a year without holiday data as provisional', () => {
    const status = decisionPeriodStatus(
      aContext({ events: [{ type: 'filed', at: '2041-02-12T10:00:00+08:00' }] }),
    );
    expect(status?.provisionalYears).toEqual([2041]);
  });
});
