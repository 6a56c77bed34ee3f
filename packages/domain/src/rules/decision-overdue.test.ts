import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { decisionOverdue } from './decision-overdue.ts';
import { aCase, aContext } from './test-support/rule-fixture.ts';

// Wednesday; +90 days is Tuesday 2025-05-13, a working day.
const filed: CaseEvent = { type: 'filed', at: '2025-02-12T10:00:00+08:00' };
const decidedAt = (at: string): CaseEvent => ({ type: 'decision_made', at });
const art60 = { law: '行政处罚法', article: '第六十条' };

describe('decision-overdue', () => {
  it('is due within the 90 days of 行政处罚法 第六十条, under every profile alike', () => {
    for (const profile of [
      seed000Profile,
      seed001Profile,
      seed002Profile,
      seed003Profile,
      seed004Profile,
    ]) {
      const findings = decisionOverdue.check(
        aContext({ profile, events: [filed], now: '2025-05-13T23:59:00+08:00' }),
      );
      expect(findings).toEqual([
        expect.objectContaining({
          ruleId: 'decision-overdue',
          severity: 'due',
          stage: 'decision',
          dueAt: '2025-05-13T16:00:00.000Z',
          citations: [art60],
        }),
      ]);
    }
  });

  it('is a violation from the first minute after the 90 days', () => {
    const findings = decisionOverdue.check(
      aContext({ events: [filed], now: '2025-05-14T00:00:00+08:00' }),
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(findings[0]!.message).toContain('应在 90 日内（2025年5月13日24时前）作出行政处罚决定');
    expect(findings[0]!.message).toContain('至今未作出决定');
    expect(findings[0]!.message).toContain('《行政处罚法》第六十条');
  });

  it('accepts a decision in the last minute and holds one at midnight late', () => {
    expect(
      decisionOverdue.check(aContext({ events: [filed, decidedAt('2025-05-13T23:59:00+08:00')] })),
    ).toEqual([]);
    const late = decisionOverdue.check(
      aContext({ events: [filed, decidedAt('2025-05-14T00:00:00+08:00')] }),
    );
    expect(late).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(late[0]!.message).toContain('实际于 2025-05-14 00:00 作出');
  });

  it('moves a last day inside a holiday to the next working day', () => {
    // 2025-07-04 + 90 days = 10-02, inside the National Day holiday → 10-09.
    const events: CaseEvent[] = [{ type: 'filed', at: '2025-07-04T10:00:00+08:00' }];
    expect(decisionOverdue.check(aContext({ events, now: '2025-10-09T12:00:00+08:00' }))).toEqual([
      expect.objectContaining({ severity: 'due', dueAt: '2025-10-09T16:00:00.000Z' }),
    ]);
  });

  it('looks only at filed penalty cases', () => {
    expect(decisionOverdue.check(aContext({ events: [] }))).toEqual([]);
    expect(
      decisionOverdue.check(
        aContext({ enforcementCase: aCase({ actType: 'licensing' }), events: [filed] }),
      ),
    ).toEqual([]);
  });

  describe('with the period extended or suspended', () => {
    const extended = (at: string, days: number): CaseEvent => ({
      type: 'decision_period_extended',
      at,
      days,
      reason: '案情复杂，需补充调查',
      approverName: '周局长',
    });
    const suspended = (at: string): CaseEvent => ({
      type: 'decision_period_suspended',
      at,
      cause: 'testing',
      reason: '委托鉴定',
    });
    const resumed = (at: string): CaseEvent => ({ type: 'decision_period_resumed', at });

    it('counts an extension approved in time, so a decision within it is not late', () => {
      const events = [
        filed,
        extended('2025-05-01T09:00:00+08:00', 30),
        decidedAt('2025-06-05T10:00:00+08:00'),
      ];
      expect(decisionOverdue.check(aContext({ events }))).toEqual([]);
      const open = decisionOverdue.check(
        aContext({ events: events.slice(0, 2), now: '2025-06-05T10:00:00+08:00' }),
      );
      // 2025-05-13 + 30 days = 06-12 (Thursday).
      expect(open).toEqual([
        expect.objectContaining({ severity: 'due', dueAt: '2025-06-12T16:00:00.000Z' }),
      ]);
      expect(open[0]!.message).toContain('经周局长批准延长 30 日（案情复杂，需补充调查）');
    });

    it('does not let an extension made after the period ran out cure the delay', () => {
      const events = [
        filed,
        extended('2025-05-20T09:00:00+08:00', 30),
        decidedAt('2025-05-25T10:00:00+08:00'),
      ];
      const findings = decisionOverdue.check(aContext({ events }));
      expect(findings).toEqual([expect.objectContaining({ severity: 'violation' })]);
      expect(findings[0]!.message).toContain('晚于期限届满');
    });

    it('leaves the days of a suspension out of the period', () => {
      // Suspended 04-01, resumed 04-21: 20 days; 05-13 + 20 = 06-02, the last day of the
      // Dragon Boat holiday, so 06-03.
      const events = [
        filed,
        suspended('2025-04-01T09:00:00+08:00'),
        resumed('2025-04-21T09:00:00+08:00'),
      ];
      expect(decisionOverdue.check(aContext({ events, now: '2025-05-20T12:00:00+08:00' }))).toEqual(
        [expect.objectContaining({ severity: 'due', dueAt: '2025-06-03T16:00:00.000Z' })],
      );
      expect(
        decisionOverdue.check(
          aContext({ events: [...events, decidedAt('2025-06-03T18:00:00+08:00')] }),
        ),
      ).toEqual([]);
    });

    it('is never overdue while the period stands still', () => {
      const events = [filed, suspended('2025-04-01T09:00:00+08:00')];
      const findings = decisionOverdue.check(
        aContext({ events, now: '2025-09-01T12:00:00+08:00' }),
      );
      expect(findings).toEqual([expect.objectContaining({ severity: 'due' })]);
      expect(findings[0]!.message).toContain('因检测、检验、检疫、鉴定中止计算期限');
    });
  });
});
