import { describe, expect, it } from 'vitest';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { requiredRecordMissing } from './required-record-missing.ts';
import { aCase, aContext, aRecord } from './test-support/rule-fixture.ts';

const launchRecords = (): CaseRecord[] => [
  aRecord('case_source_record'),
  aRecord('launch_approval_form'),
];
const decisionRecords = (): CaseRecord[] => [
  aRecord('handler_opinion'),
  aRecord('decision_draft'),
  aRecord('head_approval'),
  aRecord('decision_document'),
];

describe('required-record-missing', () => {
  it('asks for the launch records of an ex-officio ordinary case in its launch stage', () => {
    const findings = requiredRecordMissing.check(
      aContext({ enforcementCase: aCase({ stage: 'launch' }) }),
    );
    expect(findings.map((f) => [f.severity, f.stage, f.message.split('，')[0]])).toEqual([
      ['missing', 'launch', '缺少《案件来源及立案记录》'],
      ['missing', 'launch', '缺少《程序启动审批表》'],
    ]);
    expect(findings[1]?.message).toMatch(/^缺少《程序启动审批表》，请在本环节补充。/);
    expect(findings.every((f) => f.ruleId === 'required-record-missing')).toBe(true);
  });

  it('is silent once the records exist (their content is record-incomplete’s concern)', () => {
    expect(
      requiredRecordMissing.check(
        aContext({ enforcementCase: aCase({ stage: 'launch' }), records: launchRecords() }),
      ),
    ).toEqual([]);
  });

  it('checks earlier stages too, and says which stage the document belongs to', () => {
    const findings = requiredRecordMissing.check(
      aContext({ enforcementCase: aCase({ stage: 'decision' }) }),
    );
    expect(findings.map((f) => f.stage)).toEqual([
      'launch',
      'launch',
      'decision',
      'decision',
      'decision',
      'decision',
    ]);
    expect(findings[0]?.message).toContain('该文书属于“程序启动”环节');
    expect(findings[2]?.message).toContain('请在本环节补充');
  });

  it('does not look ahead to later stages', () => {
    const findings = requiredRecordMissing.check(
      aContext({ enforcementCase: aCase({ stage: 'investigation' }), records: launchRecords() }),
    );
    expect(findings).toEqual([]);
  });

  it('asks for the proof of service only once a decision document exists', () => {
    const atService = aCase({ stage: 'service_and_execution' });
    const all = [...launchRecords(), ...decisionRecords()];
    const findings = requiredRecordMissing.check(
      aContext({ enforcementCase: atService, records: all }),
    );
    expect(findings.map((f) => f.message.split('，')[0])).toEqual(['缺少《送达回证》']);
  });

  it('asks an archived case for its archive record', () => {
    const records = [...launchRecords(), ...decisionRecords(), aRecord('proof_of_service')];
    const findings = requiredRecordMissing.check(
      aContext({ enforcementCase: aCase({ stage: 'archived' }), records }),
    );
    expect(findings.map((f) => [f.stage, f.message.split('，')[0]])).toEqual([
      ['archiving', '缺少《案卷归档记录》'],
    ]);
  });

  it('asks a simplified case for the simplified-procedure record only', () => {
    const findings = requiredRecordMissing.check(
      aContext({ enforcementCase: aCase({ stage: 'decision', procedure: 'simplified' }) }),
    );
    expect(findings.map((f) => f.message.split('，')[0])).toEqual(['缺少《简易程序记录》']);
  });

  it('cites the launch approval form per profile', () => {
    const citationsUnder = (profile: typeof seed000Profile) =>
      requiredRecordMissing
        .check(aContext({ enforcementCase: aCase({ stage: 'launch' }), profile }))
        .find((f) => f.message.includes('程序启动审批表'))?.citations;
    expect(citationsUnder(seed003Profile)).toEqual([{ seed: '003', article: '第十条' }]);
    expect(citationsUnder(seed002Profile)).toEqual([{ seed: '002', article: '第四条' }]);
    // 000 has no launch approval form; the requirement comes from 002 and 003.
    expect(citationsUnder(seed000Profile)).toEqual([
      { seed: '002', article: '第四条' },
      { seed: '003', article: '第十条' },
    ]);
  });
});
