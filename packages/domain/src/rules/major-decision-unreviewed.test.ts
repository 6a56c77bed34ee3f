import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { majorDecisionUnreviewed } from './major-decision-unreviewed.ts';
import { aCase, aContext, aRecord } from './test-support/rule-fixture.ts';

const major = (overrides: Partial<EnforcementCase> = {}) =>
  aCase({ majorDecision: true, stage: 'decision', ...overrides });
const decided: CaseEvent = { type: 'decision_made', at: '2025-03-10T15:00:00+08:00' };
const before = '2025-03-07T10:00:00+08:00';
const after = '2025-03-11T10:00:00+08:00';
const legalReview = { law: '行政处罚法', article: '第五十八条' };
const collective = { law: '行政处罚法', article: '第五十七条' };

describe('major-decision-unreviewed', () => {
  it('asks for legal review and collective discussion once the case reaches the decision stage', () => {
    const findings = majorDecisionUnreviewed.check(aContext({ enforcementCase: major() }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'major-decision-unreviewed',
        severity: 'missing',
        stage: 'decision',
        citations: [{ seed: '003', article: '第二十三条' }, legalReview],
      }),
      expect.objectContaining({
        severity: 'missing',
        citations: [{ seed: '003', article: '第二十三条' }, collective],
      }),
    ]);
    expect(findings[0]!.message).toContain('尚无法制审核记录');
    expect(findings[1]!.message).toContain('尚无集体讨论记录');
  });

  it('waits while the case is still being investigated, and ignores ordinary decisions', () => {
    expect(
      majorDecisionUnreviewed.check(
        aContext({ enforcementCase: major({ stage: 'investigation' }) }),
      ),
    ).toEqual([]);
    expect(
      majorDecisionUnreviewed.check(aContext({ enforcementCase: major({ majorDecision: false }) })),
    ).toEqual([]);
  });

  it('is satisfied by both records made before the decision', () => {
    const records = [
      aRecord('legal_review', { createdAt: before }),
      aRecord('collective_discussion_minutes', { createdAt: before }),
    ];
    expect(
      majorDecisionUnreviewed.check(
        aContext({ enforcementCase: major(), records, events: [decided] }),
      ),
    ).toEqual([]);
  });

  it('turns a decision made without them, or before them, into violations', () => {
    const records = [aRecord('legal_review', { createdAt: after })];
    const findings = majorDecisionUnreviewed.check(
      aContext({
        enforcementCase: major({ stage: 'service_and_execution' }),
        records,
        events: [decided],
      }),
    );
    expect(findings.map((f) => f.severity)).toEqual(['violation', 'violation']);
    expect(findings[0]!.message).toContain('法制审核记录晚于决定');
    expect(findings[1]!.message).toContain('2025-03-10 15:00 作出决定前未经集体讨论');
  });

  it('cites each profile’s own article', () => {
    const cited = (profile: typeof seed000Profile) =>
      majorDecisionUnreviewed
        .check(aContext({ profile, enforcementCase: major() }))
        .map((f) => f.citations[0]);
    expect(cited(seed000Profile)).toEqual([
      { seed: '000', article: '第八条' },
      { seed: '000', article: '第八条' },
    ]);
    expect(cited(seed001Profile)[0]).toEqual({ seed: '001', article: '第五条' });
    expect(cited(seed002Profile)[0]).toEqual({ seed: '002', article: '第六条' });
    expect(cited(seed004Profile)[0]).toEqual({
      seed: '004',
      article: '第九条',
      document: '行政执法全过程记录制度',
    });
  });

  it('cites national law only for penalties, and under 004 finds nothing outside penalties', () => {
    const licensing = major({ actType: 'licensing' });
    expect(
      majorDecisionUnreviewed
        .check(aContext({ enforcementCase: licensing }))
        .map((f) => f.citations),
    ).toEqual([[{ seed: '003', article: '第二十三条' }], [{ seed: '003', article: '第二十三条' }]]);
    expect(
      majorDecisionUnreviewed.check(
        aContext({ profile: seed004Profile, enforcementCase: licensing }),
      ),
    ).toEqual([]);
  });

  it('follows the path: a major case closed without a decision owes no review', () => {
    const at = '2025-03-04T09:00:00+08:00';
    const closed: CaseEvent[] = [
      { type: 'stage_changed', at, from: 'launch', to: 'investigation' },
      { type: 'stage_changed', at, from: 'investigation', to: 'archiving' },
    ];
    const enforcementCase = major({ stage: 'archiving' });
    expect(majorDecisionUnreviewed.check(aContext({ enforcementCase, events: closed }))).toEqual(
      [],
    );
  });
});
