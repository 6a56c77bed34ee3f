import { describe, expect, it } from 'vitest';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { SEED_004_RECORDING, seed004Profile } from '../profiles/seed-004.ts';
import { executionWithoutDemandNotice } from './execution-without-demand-notice.ts';
import { aContext, aRecord } from './test-support/rule-fixture.ts';

const demand = aRecord('demand_notice', { createdAt: '2025-04-01T10:00:00+08:00' });
const art35 = { law: '行政强制法', article: '第三十五条' };
const art54 = { law: '行政强制法', article: '第五十四条' };

describe('execution-without-demand-notice', () => {
  it('accepts execution after a demand notice', () => {
    const execution = aRecord('compulsory_execution_record', {
      createdAt: '2025-04-15T10:00:00+08:00',
    });
    expect(executionWithoutDemandNotice.check(aContext({ records: [demand, execution] }))).toEqual(
      [],
    );
  });

  it('holds execution without a prior demand notice a violation, citing 003 and the law', () => {
    const execution = aRecord('compulsory_execution_record', {
      createdAt: '2025-04-15T10:00:00+08:00',
    });
    const findings = executionWithoutDemandNotice.check(aContext({ records: [execution] }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'execution-without-demand-notice',
        severity: 'violation',
        stage: 'service_and_execution',
        subjectId: execution.id,
        citations: [{ seed: '003', article: '第二十七条' }, art35],
      }),
    ]);
    expect(findings[0]!.message).toContain('2025-04-15 10:00 的强制执行之前没有催告书');
  });

  it('does not count a demand notice made at the same moment or later', () => {
    const same = aRecord('compulsory_execution_record', { createdAt: demand.createdAt });
    const earlier = aRecord('compulsory_execution_record', {
      createdAt: '2025-03-31T10:00:00+08:00',
    });
    const later = aRecord('compulsory_execution_record', {
      createdAt: '2025-04-01T10:01:00+08:00',
    });
    const findings = executionWithoutDemandNotice.check(
      aContext({ records: [demand, same, earlier, later] }),
    );
    expect(findings.map((f) => f.subjectId)).toEqual([same.id, earlier.id]);
  });

  it('cites per profile: 002 第七条, 004 第十一条, or the law alone where the seed is silent', () => {
    const execution = aRecord('compulsory_execution_record');
    const cite = (profile: typeof seed000Profile) =>
      executionWithoutDemandNotice.check(aContext({ profile, records: [execution] }))[0]!.citations;
    expect(cite(seed002Profile)).toEqual([{ seed: '002', article: '第七条' }, art35]);
    expect(cite(seed000Profile)).toEqual([art35]);
    expect(cite(seed004Profile)).toEqual([
      { seed: '004', document: SEED_004_RECORDING, article: '第十一条' },
      art35,
    ]);
  });

  it('requires a demand notice before applying to the court (行政强制法 第五十四条)', () => {
    const application = aRecord('court_enforcement_application', {
      createdAt: '2025-04-20T10:00:00+08:00',
    });
    expect(
      executionWithoutDemandNotice.check(aContext({ records: [demand, application] })),
    ).toEqual([]);
    const under003 = executionWithoutDemandNotice.check(aContext({ records: [application] }));
    expect(under003).toEqual([
      expect.objectContaining({
        subjectId: application.id,
        citations: [{ seed: '003', article: '第二十八条' }, art54],
      }),
    ]);
    expect(under003[0]!.message).toContain('申请人民法院强制执行之前没有催告书');
    expect(
      executionWithoutDemandNotice.check(
        aContext({ profile: seed004Profile, records: [application] }),
      )[0]!.citations,
    ).toEqual([art54]);
  });
});
