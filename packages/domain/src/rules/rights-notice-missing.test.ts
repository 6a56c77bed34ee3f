import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { rightsNoticeMissing } from './rights-notice-missing.ts';
import { aCase, aContext, aRecord } from './test-support/rule-fixture.ts';

const decided: CaseEvent = { type: 'decision_made', at: '2025-03-10T15:00:00+08:00' };
const atDecision = (overrides: Partial<EnforcementCase> = {}) =>
  aCase({ stage: 'decision', ...overrides });
const notice44 = { law: '行政处罚法', article: '第四十四条' };
const notice62 = { law: '行政处罚法', article: '第六十二条' };

describe('rights-notice-missing', () => {
  it('asks for the notice when a penalty case reaches the decision stage without one', () => {
    const findings = rightsNoticeMissing.check(aContext({ enforcementCase: atDecision() }));
    expect(findings).toEqual([
      {
        ruleId: 'rights-notice-missing',
        severity: 'missing',
        stage: 'investigation',
        citations: [{ seed: '003', article: '第十五条' }, notice44],
        message: expect.stringContaining('请制作并送达权利告知书'),
      },
    ]);
  });

  it('waits while the case is still in investigation', () => {
    expect(rightsNoticeMissing.check(aContext({ enforcementCase: aCase() }))).toEqual([]);
  });

  it('accepts a notice made before the decision', () => {
    const records = [aRecord('rights_notice', { createdAt: '2025-03-10T14:59:00+08:00' })];
    expect(
      rightsNoticeMissing.check(
        aContext({ enforcementCase: atDecision(), records, events: [decided] }),
      ),
    ).toEqual([]);
  });

  it('holds a decision with no earlier notice a violation of 第四十四条 and 第六十二条', () => {
    const records = [aRecord('rights_notice', { createdAt: '2025-03-10T15:00:00+08:00' })];
    const findings = rightsNoticeMissing.check(
      aContext({ enforcementCase: atDecision(), records, events: [decided] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'violation',
        stage: 'investigation',
        citations: [{ seed: '003', article: '第十五条' }, notice44, notice62],
      }),
    ]);
    expect(findings[0]!.message).toContain('2025-03-10 15:00 作出，但此前没有');
  });

  it('cites each profile’s own article beside the law', () => {
    const first = (profile: PolicyProfile) =>
      rightsNoticeMissing.check(aContext({ profile, enforcementCase: atDecision() }))[0]!.citations;
    expect(first(seed000Profile)).toEqual([{ seed: '000', article: '第七条' }, notice44]);
    expect(first(seed001Profile)).toEqual([{ seed: '001', article: '第五条' }, notice44]);
    expect(first(seed002Profile)).toEqual([{ seed: '002', article: '第五条' }, notice44]);
    expect(first(seed004Profile)).toEqual([
      { seed: '004', article: '第八条', document: '行政执法全过程记录制度' },
      notice44,
    ]);
  });

  it('exempts the oral notice of the simplified procedure under 004 only', () => {
    const simplified = atDecision({ procedure: 'simplified' });
    expect(
      rightsNoticeMissing.check(
        aContext({ profile: seed004Profile, enforcementCase: simplified, events: [decided] }),
      ),
    ).toEqual([]);
    const findings = rightsNoticeMissing.check(
      aContext({ profile: seed003Profile, enforcementCase: simplified, events: [decided] }),
    );
    // Written up around the decision on the spot: missing until on file, never a violation.
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'missing',
        citations: [
          { seed: '003', article: '第十五条' },
          { seed: '003', article: '第二十四条' },
          notice44,
        ],
      }),
    ]);
    expect(findings[0]!.message).toContain('简易程序记录或权利告知书');
  });

  it('takes a record of the simplified procedure made after the decision on the spot', () => {
    const onTheSpot: CaseEvent[] = [
      decided,
      { type: 'stage_changed', at: decided.at, from: 'launch', to: 'service_and_execution' },
    ];
    const simplified = aCase({ procedure: 'simplified', stage: 'service_and_execution' });
    const check = (records: ReturnType<typeof aRecord>[]) =>
      rightsNoticeMissing.check(
        aContext({
          profile: seed001Profile,
          enforcementCase: simplified,
          records,
          events: onTheSpot,
        }),
      );
    expect(check([])).toEqual([expect.objectContaining({ severity: 'missing' })]);
    const later = aRecord('rights_notice', { createdAt: '2025-03-10T16:00:00+08:00' });
    expect(check([later])).toEqual([]);
  });

  it('asks nothing of a simplified case not yet decided on the spot', () => {
    const atLaunch = aCase({ procedure: 'simplified', stage: 'launch' });
    expect(rightsNoticeMissing.check(aContext({ enforcementCase: atLaunch }))).toEqual([]);
  });

  it('follows the path: a complaint declined or an investigation closed owes no notice', () => {
    const at = '2025-03-04T09:00:00+08:00';
    const declined: CaseEvent[] = [{ type: 'stage_changed', at, from: 'launch', to: 'archiving' }];
    const closed: CaseEvent[] = [
      { type: 'stage_changed', at, from: 'launch', to: 'investigation' },
      { type: 'stage_changed', at, from: 'investigation', to: 'archiving' },
    ];
    for (const events of [declined, closed]) {
      const enforcementCase = aCase({ stage: 'archiving', launchMode: 'complaint' });
      expect(rightsNoticeMissing.check(aContext({ enforcementCase, events }))).toEqual([]);
    }
    // A case that has not moved is taken to have gone through every stage up to its own.
    expect(
      rightsNoticeMissing.check(aContext({ enforcementCase: aCase({ stage: 'archiving' }) })),
    ).toHaveLength(1);
  });

  it('takes the simplified-procedure record, made on the spot, as the notice’s record', () => {
    const simplified = atDecision({ procedure: 'simplified' });
    const records = [
      aRecord('simplified_procedure_record', { createdAt: '2025-03-10T15:20:00+08:00' }),
    ];
    for (const profile of [seed000Profile, seed002Profile, seed003Profile]) {
      expect(
        rightsNoticeMissing.check(
          aContext({ profile, enforcementCase: simplified, records, events: [decided] }),
        ),
      ).toEqual([]);
    }
  });

  it('looks at penalties only, except under 003, whose 第十五条 speaks of every decision', () => {
    for (const actType of ['licensing', 'coercion', 'inspection'] as const) {
      for (const profile of [seed000Profile, seed001Profile, seed002Profile, seed004Profile]) {
        expect(
          rightsNoticeMissing.check(
            aContext({ enforcementCase: atDecision({ actType }), events: [decided], profile }),
          ),
        ).toEqual([]);
      }
    }
  });

  it('under 003 wants a notice or an on-site transcript before any other decision', () => {
    const licensing = atDecision({ actType: 'licensing' });
    const art15 = [{ seed: '003', article: '第十五条' }];
    expect(
      rightsNoticeMissing.check(aContext({ enforcementCase: licensing, profile: seed003Profile })),
    ).toEqual([expect.objectContaining({ severity: 'missing', citations: art15 })]);
    const late = rightsNoticeMissing.check(
      aContext({ enforcementCase: licensing, profile: seed003Profile, events: [decided] }),
    );
    expect(late).toEqual([expect.objectContaining({ severity: 'violation', citations: art15 })]);
    expect(late[0]!.message).toContain('告知书或现场笔录');
    for (const type of ['rights_notice', 'on_site_inspection_transcript'] as const) {
      expect(
        rightsNoticeMissing.check(
          aContext({
            enforcementCase: licensing,
            profile: seed003Profile,
            events: [decided],
            records: [aRecord(type, { createdAt: '2025-03-05T10:00:00+08:00' })],
          }),
        ),
      ).toEqual([]);
    }
  });
});
