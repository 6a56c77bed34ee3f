import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { EVIDENCE_RECORD_TYPES } from '../records/catalogue/index.ts';
import { investigationUnrecorded } from './investigation-unrecorded.ts';
import { aCase, aContext, aRecord, PROFILES } from './test-support/rule-fixture.ts';

const check = (parts: Parameters<typeof aContext>[0]) =>
  investigationUnrecorded.check(aContext(parts));
const law54 = { law: '行政处罚法', article: '第五十四条' };

describe('investigation-unrecorded', () => {
  it('holds an ordinary penalty in investigation until evidence is on record', () => {
    const [finding] = check({ enforcementCase: aCase({ stage: 'investigation' }) });
    expect(finding).toMatchObject({
      ruleId: 'investigation-unrecorded',
      severity: 'missing',
      stage: 'investigation',
      citations: [{ seed: '003', article: '第十四条' }, law54],
    });
    expect(finding!.message).toContain('《询问（调查）笔录》');
    // Still owed once the case has moved on: it blocks the decision too.
    expect(check({ enforcementCase: aCase({ stage: 'decision' }) })).toHaveLength(1);
  });

  it('cites the agency’s own article beside the law', () => {
    const cited = (seed: keyof typeof PROFILES) =>
      check({ enforcementCase: aCase(), profile: PROFILES[seed] })[0]!.citations;
    expect(cited('000')).toEqual([{ seed: '000', article: '第七条' }, law54]);
    expect(cited('001')).toEqual([{ seed: '001', article: '第五条' }, law54]);
    expect(cited('002')).toEqual([{ seed: '002', article: '第五条' }, law54]);
    expect(cited('004')).toEqual([
      { seed: '004', article: '第六条', document: '行政执法全过程记录制度' },
      law54,
    ]);
  });

  it('counts each record of evidence gathered, and nothing else', () => {
    for (const type of EVIDENCE_RECORD_TYPES) {
      expect(check({ records: [aRecord(type)] })).toEqual([]);
    }
    for (const type of [
      'rights_notice',
      'statement_defence_transcript',
      'hearing_transcript',
      'testing_commission',
      'coercive_measure_decision',
      'launch_approval_form',
    ] as const) {
      expect(check({ records: [aRecord(type)] })).toHaveLength(1);
    }
  });

  it('asks nothing of the simplified procedure, other acts, or a path without investigation', () => {
    expect(check({ enforcementCase: aCase({ procedure: 'simplified' }) })).toEqual([]);
    expect(check({ enforcementCase: aCase({ actType: 'inspection' }) })).toEqual([]);
    expect(check({ enforcementCase: aCase({ stage: 'launch' }) })).toEqual([]);
    const declined: CaseEvent[] = [
      { type: 'stage_changed', at: '2025-03-04T09:00:00+08:00', from: 'launch', to: 'archiving' },
    ];
    expect(check({ enforcementCase: aCase({ stage: 'archiving' }), events: declined })).toEqual([]);
  });
});
