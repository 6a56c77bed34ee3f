import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { serviceOverdue } from './service-overdue.ts';
import { aCase, aContext, aRecord } from './test-support/rule-fixture.ts';

// Friday; the 7th working day after it is Tuesday 2025-03-18.
const decided: CaseEvent = { type: 'decision_made', at: '2025-03-07T10:00:00+08:00' };
const proofAt = (createdAt: string) => aRecord('proof_of_service', { createdAt });
const art61 = { law: '行政处罚法', article: '第六十一条' };
const art85 = { law: '行政处罚法', article: '第八十五条' };
const art52 = { law: '行政处罚法', article: '第五十二条' };

describe('service-overdue', () => {
  it('accepts a proof of service in the last minute of the 7th working day', () => {
    const records = [proofAt('2025-03-18T23:59:00+08:00')];
    expect(serviceOverdue.check(aContext({ events: [decided], records }))).toEqual([]);
  });

  it('holds service at midnight after the 7th working day late', () => {
    const records = [proofAt('2025-03-19T00:00:00+08:00')];
    const findings = serviceOverdue.check(aContext({ events: [decided], records }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'service-overdue',
        severity: 'violation',
        stage: 'service_and_execution',
        citations: [art61, art85],
      }),
    ]);
    expect(findings[0]!.message).toContain('送达回证的时间为 2025-03-19 00:00，已逾期');
  });

  it('is due until the period ends, then a violation, under every profile', () => {
    for (const profile of [seed000Profile, seed004Profile]) {
      const due = serviceOverdue.check(
        aContext({ profile, events: [decided], now: '2025-03-18T23:59:00+08:00' }),
      );
      expect(due).toEqual([
        expect.objectContaining({ severity: 'due', dueAt: '2025-03-18T16:00:00.000Z' }),
      ]);
      expect(due[0]!.message).toBe(
        '行政处罚决定于 2025-03-07 10:00 作出，当事人不在场的，应在 7 个工作日内（2025年3月18日24时前）送达并取得送达回证。请依法送达，并将送达回证归入案卷。',
      );
      expect(
        serviceOverdue.check(
          aContext({ profile, events: [decided], now: '2025-03-19T00:00:00+08:00' }),
        ),
      ).toEqual([expect.objectContaining({ severity: 'violation' })]);
    }
  });

  it('does not count a proof of service made before the decision', () => {
    const records = [proofAt('2025-03-01T10:00:00+08:00')];
    expect(
      serviceOverdue.check(
        aContext({ events: [decided], records, now: '2025-03-10T09:00:00+08:00' }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'due' })]);
  });

  it('skips the National Day holiday and counts its adjusted Saturday', () => {
    // 10-01…10-08 off; 10-09, 10-10, Saturday 10-11 (workday), 10-13…10-16.
    const events: CaseEvent[] = [{ type: 'decision_made', at: '2025-09-30T10:00:00+08:00' }];
    expect(serviceOverdue.check(aContext({ events, now: '2025-10-16T12:00:00+08:00' }))).toEqual([
      expect.objectContaining({ severity: 'due', dueAt: '2025-10-16T16:00:00.000Z' }),
    ]);
  });

  it('asks a simplified-procedure decision for its hand-over on the spot, not a period', () => {
    const simplified = aCase({ procedure: 'simplified' });
    const none = serviceOverdue.check(
      aContext({
        enforcementCase: simplified,
        events: [decided],
        now: '2025-04-30T09:00:00+08:00',
      }),
    );
    expect(none).toEqual([
      expect.objectContaining({
        severity: 'missing',
        stage: 'service_and_execution',
        citations: [art52],
      }),
    ]);
    const signed = aRecord('decision_document', {
      signature: { kind: 'signed', signers: ['王某'], at: decided.at },
    });
    const refused = aRecord('decision_document', {
      signature: { kind: 'refused', note: '当事人拒绝签收，已在决定书上注明', at: decided.at },
    });
    for (const record of [signed, refused]) {
      expect(
        serviceOverdue.check(
          aContext({ enforcementCase: simplified, events: [decided], records: [record] }),
        ),
      ).toEqual([]);
    }
    const unsigned = aRecord('decision_document');
    expect(
      serviceOverdue.check(
        aContext({ enforcementCase: simplified, events: [decided], records: [unsigned] }),
      ),
    ).toHaveLength(1);
  });

  it('looks only at decided penalty cases', () => {
    expect(serviceOverdue.check(aContext({ events: [] }))).toEqual([]);
    expect(
      serviceOverdue.check(
        aContext({ enforcementCase: aCase({ actType: 'inspection' }), events: [decided] }),
      ),
    ).toEqual([]);
  });
});
