import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { SEED_004_RECORDING, seed004Profile } from '../profiles/seed-004.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { mandatoryAvMissingRule } from './mandatory-av-missing.ts';
import { aCase, aContext, anAvRecord, aRecord, PROFILES } from './test-support/rule-fixture.ts';

const rec004 = (article: string) => ({ seed: '004', article, document: SEED_004_RECORDING });

function check(
  profile: PolicyProfile,
  records: readonly CaseRecord[],
  avRecords: readonly AvRecord[] = [],
  enforcementCase = aCase(),
) {
  return mandatoryAvMissingRule.check(aContext({ profile, records, avRecords, enforcementCase }));
}

const refused = (avRecordId?: string): CaseRecord['signature'] => ({
  kind: 'refused',
  note: '当事人拒绝签字',
  at: '2025-03-03T10:00:00+08:00',
  ...(avRecordId === undefined ? {} : { avRecordId }),
});

describe('mandatory-av-missing: an inquiry', () => {
  it.each([
    ['000', 0],
    ['001', 0],
    ['002', 0],
    ['003', 1],
    ['004', 1],
  ] as const)('without AV under seed-%s gives %i finding(s)', (seed, count) => {
    const inquiry = aRecord('inquiry_transcript');
    expect(check(PROFILES[seed], [inquiry])).toHaveLength(count);
  });

  it('is missing under seed-003 with its article, stage, subject and act', () => {
    const inquiry = aRecord('inquiry_transcript');
    const [finding] = check(seed003Profile, [inquiry]);
    expect(finding).toMatchObject({
      ruleId: 'mandatory-av-missing',
      severity: 'missing',
      stage: 'investigation',
      subjectId: inquiry.id,
      citations: [{ seed: '003', article: '第十八条' }],
    });
    expect(finding!.message).toContain('《询问（调查）笔录》');
    expect(finding!.message).toContain('询问（调查）');
    expect(finding!.message).toContain('《德宏州记录办法》第十八条');
  });

  it('is missing under seed-004 citing 第十二条 of its recording regulation', () => {
    const [finding] = check(seed004Profile, [aRecord('inquiry_transcript')]);
    expect(finding!.citations).toEqual([rec004('第十二条')]);
    expect(finding!.message).toContain('《常山县执法局记录制度》第十二条');
  });

  it('is met by a linked AV that shows the inquiry', () => {
    const inquiry = aRecord('inquiry_transcript');
    const av = anAvRecord({ recordId: inquiry.id, situations: ['inquiry'] });
    expect(check(seed003Profile, [inquiry], [av])).toEqual([]);
    expect(check(seed004Profile, [inquiry], [av])).toEqual([]);
  });

  it('is not met by an AV of the inquiry linked to another record, or by none', () => {
    const inquiry = aRecord('inquiry_transcript');
    const elsewhere = anAvRecord({ recordId: 'record-other', situations: ['inquiry'] });
    const unlinked = anAvRecord({ situations: ['inquiry'] });
    expect(check(seed003Profile, [inquiry], [elsewhere, unlinked])).toHaveLength(1);
  });

  it('is not met by a linked AV that shows something else', () => {
    const inquiry = aRecord('inquiry_transcript');
    const av = anAvRecord({ recordId: inquiry.id, situations: ['sampling'] });
    expect(check(seed003Profile, [inquiry], [av])).toHaveLength(1);
  });
});

describe('mandatory-av-missing: service', () => {
  const leaving = () => aRecord('proof_of_service', { fields: { method: 'leaving' } });
  const personal = () => aRecord('proof_of_service', { fields: { method: 'personal' } });

  it.each([
    ['000', []],
    ['001', []],
    ['002', [{ seed: '002', article: '第七条' }]],
    ['003', [{ seed: '003', article: '第二十五条' }]],
    ['004', [rec004('第十二条')]],
  ] as const)('service by leaving without AV under seed-%s', (seed, citations) => {
    const findings = check(PROFILES[seed], [leaving()]);
    expect(findings.map((f) => f.citations)).toEqual(citations.length === 0 ? [] : [citations]);
    for (const finding of findings) {
      expect(finding.stage).toBe('service_and_execution');
      expect(finding.message).toContain('留置送达');
    }
  });

  it('needs AV of personal service only under seed-004 (第十条(一), 第十二条(二))', () => {
    expect(check(seed004Profile, [personal()])).toHaveLength(1);
    for (const seed of ['000', '001', '002', '003'] as const) {
      expect(check(PROFILES[seed], [personal()]), seed).toEqual([]);
    }
  });

  it('does not count an AV of personal service for a leaving', () => {
    const record = leaving();
    const av = anAvRecord({ recordId: record.id, situations: ['service_personal'] });
    expect(check(seed003Profile, [record], [av])).toHaveLength(1);
    const right = anAvRecord({ recordId: record.id, situations: ['service_leaving'] });
    expect(check(seed003Profile, [record], [right])).toEqual([]);
  });

  it('asks nothing of postal service', () => {
    const postal = aRecord('proof_of_service', { fields: { method: 'postal' } });
    for (const profile of Object.values(PROFILES)) expect(check(profile, [postal])).toEqual([]);
  });
});

describe('mandatory-av-missing: compulsory execution by removal or restoration', () => {
  const execution = () =>
    aRecord('compulsory_execution_record', { fields: { method: 'removal_or_restoration' } });

  it.each([
    ['000', 0],
    ['001', 0],
    ['002', 1],
    ['003', 1],
    ['004', 1],
  ] as const)('without AV under seed-%s gives %i finding(s)', (seed, count) => {
    expect(check(PROFILES[seed], [execution()])).toHaveLength(count);
  });

  it('an AV showing the removal meets 002 and 003, not 004 which lists compulsory execution', () => {
    const record = execution();
    const av = anAvRecord({ recordId: record.id, situations: ['removal_or_restoration'] });
    expect(check(seed002Profile, [record], [av])).toEqual([]);
    expect(check(seed003Profile, [record], [av])).toEqual([]);
    const [finding] = check(seed004Profile, [record], [av]);
    expect(finding!.message).toContain('行政强制执行');
    expect(finding!.message).not.toContain('排除妨碍');
  });

  it('substitute performance is on 002 list only, compulsory execution on 004 only', () => {
    const record = aRecord('compulsory_execution_record', {
      fields: { method: 'substitute_performance' },
    });
    expect(check(seed002Profile, [record])).toHaveLength(1);
    expect(check(seed003Profile, [record])).toEqual([]);
    expect(check(seed004Profile, [record])).toHaveLength(1);
  });
});

describe('mandatory-av-missing: the rows of 004 音像记录事项清单', () => {
  it('puts random selection (第3项), non-cooperation (第8项) and oral statements (第9项) on AV', () => {
    const drawing = aRecord('on_site_inspection_transcript', { situations: ['random_selection'] });
    const refusal = aRecord('inquiry_transcript', {
      fields: { refusalToCooperate: '当事人拒绝接受调查' },
    });
    const statement = aRecord('statement_defence_transcript');
    const messages = [drawing, refusal, statement].map(
      (record) => check(seed004Profile, [record])[0]?.message ?? '',
    );
    expect(messages[0]).toContain('随机抽取');
    expect(messages[1]).toContain('不配合执法');
    expect(messages[2]).toContain('口头陈述、申辩');
    expect(check(seed001Profile, [statement])).toEqual([]);
  });
});

describe('mandatory-av-missing: 强制拆除 recognised from the execution method', () => {
  it('puts a demolition on AV under 000 第十二条, met by an AV showing it', () => {
    const record = aRecord('compulsory_execution_record', { fields: { method: 'demolition' } });
    const [finding] = check(seed000Profile, [record]);
    expect(finding).toMatchObject({
      severity: 'missing',
      citations: [{ seed: '000', article: '第十二条' }],
    });
    expect(finding!.message).toContain('强制拆除');
    const av = anAvRecord({ recordId: record.id, situations: ['forced_demolition'] });
    expect(check(seed000Profile, [record], [av])).toEqual([]);
  });
});

describe('mandatory-av-missing: situations the officer marked', () => {
  it('a coercive measure under seed-000 (第十二条) is missing on its stage', () => {
    const decision = aRecord('coercive_measure_decision');
    const [finding] = check(seed000Profile, [decision]);
    expect(finding).toMatchObject({
      stage: 'investigation',
      citations: [{ seed: '000', article: '第十二条' }],
    });
  });

  it('non-cooperation marked on a decision document: 002, 003 and 004 (清单第8项) list it', () => {
    const record = aRecord('decision_document', { situations: ['non_cooperation'] });
    const [finding] = check(seed002Profile, [record]);
    expect(finding).toMatchObject({
      stage: 'decision',
      citations: [{ seed: '002', article: '第五条' }],
    });
    expect(check(seed003Profile, [record])).toHaveLength(1);
    expect(check(seed004Profile, [record])).toHaveLength(1);
    expect(check(seed000Profile, [record])).toEqual([]);
  });

  it('obstruction is on 004 list only', () => {
    const record = aRecord('evidence_register', { situations: ['obstruction'] });
    expect(check(seed004Profile, [record])).toHaveLength(1);
    for (const seed of ['000', '001', '002', '003'] as const) {
      expect(check(PROFILES[seed], [record]), seed).toEqual([]);
    }
  });

  it('one finding per record, naming every act whose duty is unmet', () => {
    const record = aRecord('inquiry_transcript', { situations: ['obstruction'] });
    const findings = check(seed004Profile, [record]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('询问（调查）、阻碍执法、妨碍公务');
    expect(findings[0]!.citations).toEqual([rec004('第十二条')]);
  });

  it('each duty needs its own act on AV: the AV of the inquiry does not show non-cooperation', () => {
    const record = aRecord('inquiry_transcript', { situations: ['non_cooperation'] });
    const inquiryOnly = anAvRecord({ recordId: record.id, situations: ['inquiry'] });
    const [finding] = check(seed003Profile, [record], [inquiryOnly]);
    expect(finding!.message).toContain('当事人或有关人员不配合执法');
    expect(finding!.message).not.toContain('询问（调查）、');
    const both = anAvRecord({ recordId: record.id, situations: ['inquiry', 'non_cooperation'] });
    expect(check(seed003Profile, [record], [both])).toEqual([]);
  });
});

describe('mandatory-av-missing: refusal to sign (003 第十六条)', () => {
  it('leaves the AV of a refusal to transcript-unsigned, so one gap is reported once', () => {
    const record = aRecord('evidence_register', { signature: refused() });
    for (const seed of ['000', '001', '002', '003', '004'] as const) {
      expect(check(PROFILES[seed], [record]), seed).toEqual([]);
    }
  });
});

describe('mandatory-av-missing: simplified procedure (004 第十三条)', () => {
  const simplified = aCase({ procedure: 'simplified', stage: 'decision' });

  it('a simplified case with no AV of it is missing under seed-004 only', () => {
    const [finding] = check(seed004Profile, [], [], simplified);
    expect(finding).toMatchObject({
      severity: 'missing',
      stage: 'decision',
      citations: [rec004('第十三条')],
    });
    expect(finding!.subjectId).toBeUndefined();
    expect(finding!.message).toContain('简易程序');
    for (const seed of ['000', '001', '002', '003'] as const) {
      expect(check(PROFILES[seed], [], [], simplified), seed).toEqual([]);
    }
  });

  it('is met by any AV of the simplified procedure', () => {
    const av = anAvRecord({ situations: ['simplified_procedure'] });
    expect(check(seed004Profile, [], [av], simplified)).toEqual([]);
  });

  it('an ordinary case needs no such AV', () => {
    expect(check(seed004Profile, [], [], aCase())).toEqual([]);
  });

  it('reports a simplified-procedure record without AV once, on the record', () => {
    const record = aRecord('simplified_procedure_record');
    const findings = check(seed004Profile, [record], [], simplified);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjectId).toBe(record.id);
    expect(findings[0]!.citations).toEqual([rec004('第十三条')]);
    const av = anAvRecord({ recordId: record.id, situations: ['simplified_procedure'] });
    expect(check(seed004Profile, [record], [av], simplified)).toEqual([]);
  });
});

describe('mandatory-av-missing: the rule', () => {
  it('checks nothing under a profile without a mandatory-AV list (seed-001)', () => {
    const records = [
      aRecord('inquiry_transcript'),
      aRecord('coercive_measure_decision'),
      aRecord('proof_of_service', { fields: { method: 'leaving' } }),
    ];
    expect(check(seed001Profile, records)).toEqual([]);
  });

  it('ignores items without situations', () => {
    const profile: PolicyProfile = {
      ...seed002Profile,
      mandatoryAvActs: [
        {
          value: '需要进行音像记录的其他行政执法行为',
          citation: { seed: '002', article: '第五条' },
        },
      ],
    };
    expect(
      check(profile, [aRecord('inquiry_transcript', { situations: ['obstruction'] })]),
    ).toEqual([]);
  });

  it('lists every article it can cite across the five profiles', () => {
    expect(mandatoryAvMissingRule.citations).toEqual([
      { seed: '000', article: '第十二条' },
      { seed: '002', article: '第五条' },
      { seed: '002', article: '第七条' },
      { seed: '003', article: '第十八条' },
      { seed: '003', article: '第十六条' },
      { seed: '003', article: '第二十一条' },
      { seed: '003', article: '第二十五条' },
      rec004('第十二条'),
      rec004('第十三条'),
    ]);
  });
});
