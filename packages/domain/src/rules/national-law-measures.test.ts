import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { emergencyMeasureUnreported } from './emergency-measure-unreported.ts';
import { preservationUnhandled } from './preservation-unhandled.ts';
import { seizureOverdue } from './seizure-overdue.ts';
import { aContext, aRecord } from './test-support/rule-fixture.ts';

// Monday 2025-03-03, 10:00.
const at = '2025-03-03T10:00:00+08:00';

describe('emergency-measure-unreported (行政强制法 第十九条)', () => {
  const measure = aRecord('coercive_measure_decision', {
    createdAt: at,
    fields: { measure: '扣押物品或财产', onTheSpotInEmergency: true },
  });
  const report = (reportedAt: string) =>
    aRecord('emergency_measure_report', { createdAt: reportedAt, fields: { reportedAt } });

  it('is due for 24 hours and a violation after', () => {
    const open = emergencyMeasureUnreported.check(
      aContext({ records: [measure], now: '2025-03-04T09:59:00+08:00' }),
    );
    expect(open).toEqual([
      expect.objectContaining({
        severity: 'due',
        dueAt: '2025-03-04T02:00:00.000Z',
        subjectId: measure.id,
        citations: [{ law: '行政强制法', article: '第十九条' }],
      }),
    ]);
    expect(
      emergencyMeasureUnreported.check(
        aContext({ records: [measure], now: '2025-03-04T10:00:00+08:00' }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('is met by a report within the 24 hours and late after', () => {
    expect(
      emergencyMeasureUnreported.check(
        aContext({ records: [measure, report('2025-03-04T09:00:00+08:00')] }),
      ),
    ).toEqual([]);
    const late = emergencyMeasureUnreported.check(
      aContext({ records: [measure, report('2025-03-04T11:00:00+08:00')] }),
    );
    expect(late).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(late[0]!.message).toContain('实际于 2025-03-04 11:00 报告');
  });

  it('ignores a measure taken with approval in advance', () => {
    const approved = aRecord('coercive_measure_decision', {
      fields: { measure: '扣押物品或财产' },
    });
    expect(emergencyMeasureUnreported.check(aContext({ records: [approved] }))).toEqual([]);
  });
});

describe('seizure-overdue (行政强制法 第二十五条)', () => {
  const seizure = aRecord('coercive_measure_decision', {
    createdAt: at,
    fields: { measure: '查封场所、设施' },
  });
  const handled = (createdAt: string) =>
    aRecord('seizure_handling', { createdAt, fields: { handling: '没收' } });
  const extension = (createdAt: string, extendedUntil: string) =>
    aRecord('seizure_extension', { createdAt, fields: { extendedUntil } });

  it('gives 30 days (to 04-02) and is a violation after', () => {
    expect(
      seizureOverdue.check(aContext({ records: [seizure], now: '2025-04-02T12:00:00+08:00' })),
    ).toEqual([expect.objectContaining({ severity: 'due', dueAt: '2025-04-02T16:00:00.000Z' })]);
    expect(
      seizureOverdue.check(aContext({ records: [seizure], now: '2025-04-03T00:00:00+08:00' })),
    ).toEqual([expect.objectContaining({ severity: 'violation', subjectId: seizure.id })]);
    expect(
      seizureOverdue.check(aContext({ records: [seizure, handled('2025-04-02T15:00:00+08:00')] })),
    ).toEqual([]);
  });

  it('counts the decision of the case as its handling', () => {
    const decided: CaseEvent = { type: 'decision_made', at: '2025-03-20T10:00:00+08:00' };
    expect(seizureOverdue.check(aContext({ records: [seizure], events: [decided] }))).toEqual([]);
  });

  it('honours an extension approved in time, up to 30 more days', () => {
    const records = [seizure, extension('2025-03-30T10:00:00+08:00', '2025-04-30')];
    expect(seizureOverdue.check(aContext({ records, now: '2025-04-20T12:00:00+08:00' }))).toEqual([
      expect.objectContaining({ severity: 'due', dueAt: '2025-04-30T16:00:00.000Z' }),
    ]);
    expect(
      seizureOverdue.check(
        aContext({ records: [...records, handled('2025-04-29T10:00:00+08:00')] }),
      ),
    ).toEqual([]);
  });

  it('holds an extension beyond 30 days, or made after the term, to the law', () => {
    const tooLong = seizureOverdue.check(
      aContext({
        records: [seizure, extension('2025-03-30T10:00:00+08:00', '2025-05-20')],
        now: '2025-05-10T12:00:00+08:00',
      }),
    );
    expect(tooLong.map((f) => f.severity).sort()).toEqual(['violation', 'violation']);
    expect(tooLong.some((f) => f.message.includes('延长不得超过三十日'))).toBe(true);
    const afterTerm = seizureOverdue.check(
      aContext({
        records: [seizure, extension('2025-04-05T10:00:00+08:00', '2025-04-30')],
        now: '2025-04-10T12:00:00+08:00',
      }),
    );
    expect(afterTerm).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('looks only at 查封 and 扣押', () => {
    const other = aRecord('coercive_measure_decision', { fields: { measure: '其他行政强制措施' } });
    expect(
      seizureOverdue.check(aContext({ records: [other], now: '2026-01-01T00:00:00+08:00' })),
    ).toEqual([]);
  });
});

describe('preservation-unhandled (行政处罚法 第五十六条)', () => {
  const preserved = aRecord('advance_preservation', { createdAt: at });
  const handling = (createdAt: string) =>
    aRecord('preservation_handling', { createdAt, fields: { handling: '解除先行登记保存' } });

  it('gives 7 working days: 03-03 → end of 03-12', () => {
    expect(
      preservationUnhandled.check(
        aContext({ records: [preserved], now: '2025-03-12T12:00:00+08:00' }),
      ),
    ).toEqual([
      expect.objectContaining({
        severity: 'due',
        dueAt: '2025-03-12T16:00:00.000Z',
        citations: [
          { law: '行政处罚法', article: '第五十六条' },
          { law: '行政处罚法', article: '第八十五条' },
        ],
      }),
    ]);
    expect(
      preservationUnhandled.check(
        aContext({ records: [preserved], now: '2025-03-13T00:00:00+08:00' }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('is met by a handling decision in time and late after', () => {
    expect(
      preservationUnhandled.check(
        aContext({ records: [preserved, handling('2025-03-12T17:00:00+08:00')] }),
      ),
    ).toEqual([]);
    expect(
      preservationUnhandled.check(
        aContext({ records: [preserved, handling('2025-03-13T09:00:00+08:00')] }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });
});
