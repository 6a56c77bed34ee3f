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
      aContext({ enforcementCase: aCase({ stage: 'launch' }), profile: seed002Profile }),
    );
    // 002 第四条 names the launch approval form, not a case source record (000, 001).
    expect(findings.map((f) => [f.severity, f.stage, f.message.split('，')[0]])).toEqual([
      [
        'advice',
        'launch',
        '本案没有《案件来源及立案记录》。本机关适用的规定未要求该文书；《柳林镇记录制度》、《平罗县退役军人局记录制度》规定：依职权启动的',
      ],
      ['missing', 'launch', '缺少《程序启动审批表》'],
    ]);
    expect(findings[1]?.message).toMatch(/^缺少《程序启动审批表》，请在本环节补充。/);
    expect(findings.every((f) => f.ruleId === 'required-record-missing')).toBe(true);
  });

  it('makes a record only other seeds name advice, citing them (000 has no launch approval form)', () => {
    const findings = requiredRecordMissing.check(
      aContext({ enforcementCase: aCase({ stage: 'launch' }), profile: seed000Profile }),
    );
    expect(findings.map((f) => [f.severity, f.citations])).toEqual([
      ['missing', [{ seed: '000', article: '第六条' }]],
      [
        'advice',
        [
          { seed: '002', article: '第四条' },
          { seed: '003', article: '第十条' },
        ],
      ],
    ]);
    expect(findings[1]?.message).toBe(
      '本案没有《程序启动审批表》。本机关适用的规定未要求该文书；《长治市民宗局记录制度》、《德宏州记录办法》规定：依职权启动一般程序的，应当填写程序启动审批表并履行审批程序。可参考制作，不影响办理。',
    );
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
    // Under 003 (the fixture's profile) the case source record is 000's and 001's duty.
    expect(findings.map((f) => [f.stage, f.severity])).toEqual([
      ['launch', 'advice'],
      ['launch', 'missing'],
      ['decision', 'missing'],
      ['decision', 'missing'],
      ['decision', 'missing'],
      ['decision', 'missing'],
    ]);
    expect(findings[1]?.message).toContain('该文书属于“程序启动”环节');
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
      aContext({ enforcementCase: aCase({ stage: 'archived' }), records, profile: seed000Profile }),
    );
    expect(findings.map((f) => [f.stage, f.severity, f.message.split('，')[0]])).toEqual([
      ['archiving', 'missing', '缺少《案卷归档记录》'],
    ]);
    // 003 第二十九条 requires archiving but no record of it: 000's and 001's practice.
    const under003 = requiredRecordMissing.check(
      aContext({ enforcementCase: aCase({ stage: 'archived' }), records, profile: seed003Profile }),
    );
    expect(under003.map((f) => [f.severity, f.citations])).toEqual([
      [
        'advice',
        [
          { seed: '000', article: '第十一条' },
          { seed: '001', article: '第五条' },
        ],
      ],
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
