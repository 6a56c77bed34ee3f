import { describe, expect, it } from 'vitest';
import type { OfficerOnCase } from '../enforcement/enforcement-case.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { officersInsufficient } from './officers-insufficient.ts';
import { aCase, aContext } from './test-support/rule-fixture.ts';

const zhang: OfficerOnCase = {
  userId: 'u-1',
  name: '张三',
  certificateNumber: 'ZJ-330100-001',
  role: 'handler',
};
const li: OfficerOnCase = { userId: 'u-2', name: '李四', role: 'assisting' };
const art42 = { law: '行政处罚法', article: '第四十二条' };
const art55 = { law: '行政处罚法', article: '第五十五条' };
const coercion18 = { law: '行政强制法', article: '第十八条' };

describe('officers-insufficient', () => {
  it('accepts two officers with certificate numbers', () => {
    expect(officersInsufficient.check(aContext())).toEqual([]);
  });

  it('asks for a second officer on a penalty case, citing 第四十二条 and 003 第十二条', () => {
    const findings = officersInsufficient.check(
      aContext({ enforcementCase: aCase({ officers: [zhang] }) }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'officers-insufficient',
        severity: 'missing',
        stage: 'investigation',
        citations: [{ seed: '003', article: '第十二条' }, art42],
      }),
    ]);
    expect(findings[0]!.message).toContain('执法人员为 1 人');
  });

  it('keeps the minimum of two under the simplified procedure', () => {
    const simplified = aCase({ procedure: 'simplified', officers: [zhang] });
    expect(officersInsufficient.check(aContext({ enforcementCase: simplified }))).toHaveLength(1);
  });

  it('counts the same officer entered twice once', () => {
    const twice = aCase({ officers: [zhang, { ...zhang, role: 'assisting' }] });
    expect(officersInsufficient.check(aContext({ enforcementCase: twice }))).toHaveLength(1);
  });

  it('cites the law alone where the seed does not record the number', () => {
    const one = aCase({ officers: [zhang] });
    const cite = (profile: PolicyProfile) =>
      officersInsufficient.check(aContext({ profile, enforcementCase: one }))[0]!.citations;
    expect(cite(seed000Profile)).toEqual([art42]);
    expect(cite(seed004Profile)).toEqual([art42]);
    expect(cite(seed002Profile)).toEqual([{ seed: '002', article: '第五条' }, art42]);
  });

  it('applies 行政强制法 第十八条 to coercion and no minimum to an inspection', () => {
    const coercion = aCase({ actType: 'coercion', officers: [zhang] });
    expect(
      officersInsufficient.check(aContext({ enforcementCase: coercion }))[0]!.citations,
    ).toEqual([{ seed: '003', article: '第十二条' }, coercion18]);
    const inspection = aCase({ actType: 'inspection', officers: [zhang] });
    expect(officersInsufficient.check(aContext({ enforcementCase: inspection }))).toEqual([]);
  });

  it('asks for each missing certificate number, per profile', () => {
    const blank = { ...li, userId: 'u-3', name: '王五', certificateNumber: '  ' };
    const enforcementCase = aCase({ officers: [zhang, li, blank] });
    const findings = officersInsufficient.check(aContext({ enforcementCase }));
    expect(findings.map((f) => f.subjectId)).toEqual(['u-2', 'u-3']);
    expect(findings[0]).toMatchObject({
      severity: 'missing',
      stage: 'investigation',
      citations: [{ seed: '003', article: '第十二条' }, art55],
      message: '执法人员李四的执法证件编号未记录。请登记其执法证件编号，并记录出示证件的情况。',
    });
    const cite = (profile: PolicyProfile) =>
      officersInsufficient.check(aContext({ profile, enforcementCase }))[0]!.citations;
    expect(cite(seed000Profile)).toEqual([{ seed: '000', article: '第七条' }, art55]);
    expect(cite(seed001Profile)).toEqual([{ seed: '001', article: '第五条' }, art55]);
    expect(cite(seed004Profile)).toEqual([
      { seed: '004', article: '第六条', document: '行政执法公示制度' },
      art55,
    ]);
  });

  it('asks for certificates on any act type, citing the seed alone outside penalty and coercion', () => {
    const inspection = aCase({ actType: 'inspection', officers: [zhang, li] });
    expect(
      officersInsufficient.check(
        aContext({ profile: seed000Profile, enforcementCase: inspection }),
      ),
    ).toEqual([expect.objectContaining({ citations: [{ seed: '000', article: '第七条' }] })]);
  });

  it('waits until the case is investigated', () => {
    const atLaunch = aCase({ stage: 'launch', officers: [li] });
    expect(officersInsufficient.check(aContext({ enforcementCase: atLaunch }))).toEqual([]);
  });

  it('asks nothing of a complaint declined at launch, archived without an investigation', () => {
    const declined = aCase({ stage: 'archiving', launchMode: 'complaint', officers: [li] });
    const events = [
      {
        type: 'stage_changed',
        at: '2025-03-04T09:00:00+08:00',
        from: 'launch',
        to: 'archiving',
      } as const,
    ];
    expect(officersInsufficient.check(aContext({ enforcementCase: declined, events }))).toEqual([]);
  });
});
