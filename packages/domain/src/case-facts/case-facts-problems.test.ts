import { describe, expect, it } from 'vitest';
import { yuanFromFen, type Yuan } from '../money/yuan.ts';
import type { PowerVersion } from '../powers/power.ts';
import {
  FINE_PAYMENT_DAYS,
  powerVersionKey,
  withStatutoryDefaults,
  type CaseFactsContent,
  type Penalty,
  type Violation,
} from './case-facts.ts';
import { caseFactsInputSchema } from './case-facts-input.ts';
import { caseFactsProblems, type PowersAtHand } from './case-facts-problems.ts';

const yuan = (whole: number): Yuan => yuanFromFen(whole * 100);
const STALLS_ID = '00000000-0000-4000-8000-000000000001';
const SIGNS_ID = '00000000-0000-4000-8000-000000000002';

const stalls: PowerVersion = {
  powerId: STALLS_ID,
  version: 2,
  withdrawn: false,
  code: null,
  name: '对擅自占用城市道路摆摊设点的处罚',
  category: 'penalty',
  provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
  provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
  penaltyKinds: ['warning', 'fine'],
  fineMin: null,
  fineMax: yuan(500),
  levels: [
    {
      label: '一般',
      circumstances: '经劝阻仍不改正',
      fineMin: yuan(100),
      fineMax: yuan(300),
      otherMeasures: null,
    },
    {
      label: '严重',
      circumstances: '多次违法',
      fineMin: yuan(300),
      fineMax: yuan(500),
      otherMeasures: null,
    },
  ],
};
const stallsV1: PowerVersion = { ...stalls, version: 1, fineMax: yuan(200), levels: [] };
const signs: PowerVersion = {
  ...stalls,
  powerId: SIGNS_ID,
  version: 1,
  name: '对擅自设置大型户外广告的处罚',
  penaltyKinds: ['fine', 'confiscate_illegal_property'],
  fineMin: yuan(1000),
  fineMax: yuan(10000),
  levels: [],
};

function hand(
  versions: PowerVersion[],
  alreadyChosen: string[] = [],
  latest: PowerVersion[] = versions,
): PowersAtHand {
  return {
    versions: new Map(versions.map((v) => [powerVersionKey(v.powerId, v.version), v])),
    latest: new Map(latest.map((v) => [v.powerId, v])),
    alreadyChosen: new Set(alreadyChosen),
  };
}

const violation = (overrides: Partial<Violation> = {}): Violation => ({
  powerId: STALLS_ID,
  powerVersion: 2,
  conduct: '擅自占用人民路人行道摆摊设点',
  discretionLevel: null,
  discretionReason: null,
  ...overrides,
});
const fine = (amount: Yuan | null): Penalty => ({ kind: 'fine', amount, description: null });

function facts(overrides: Partial<CaseFactsContent> = {}): CaseFactsContent {
  return {
    facts: '2026年11月3日，当事人在人民路人行道摆摊销售水果，经劝阻仍不改正。',
    evidence: ['现场检查笔录', '现场照片三张'],
    violations: [violation()],
    penalties: [fine(yuan(200))],
    performanceDays: null,
    mitigation: null,
    ...overrides,
  };
}

const at = hand([stalls, stallsV1, signs], [], [stalls, signs]);
const problemsOf = (content: CaseFactsContent, powers = at) => caseFactsProblems(content, powers);

describe('caseFactsProblems', () => {
  it('accepts facts within the power and its level', () => {
    expect(problemsOf(facts({ violations: [violation({ discretionLevel: '一般' })] }))).toEqual([]);
  });

  it('allows facts with neither violations nor penalties (不予处罚 drafts)', () => {
    expect(problemsOf(facts({ violations: [], penalties: [] }))).toEqual([]);
  });

  it('needs a violation for any penalty', () => {
    expect(problemsOf(facts({ violations: [] }))).toEqual([
      { path: 'violations', reason: '有处罚内容时，请至少选择一项违法行为（权责清单事项）' },
    ]);
  });

  it('refuses a penalty kind none of the chosen powers allows', () => {
    const problems = problemsOf(
      facts({ penalties: [{ kind: 'revoke_permit', amount: null, description: null }] }),
    );
    expect(problems).toEqual([
      { path: 'penalties.0.kind', reason: '所选事项的处罚种类中没有“吊销许可证件”' },
    ]);
    // Allowed by the second power chosen: fine.
    expect(
      problemsOf(
        facts({
          violations: [violation(), violation({ powerId: SIGNS_ID, powerVersion: 1 })],
          penalties: [
            { kind: 'confiscate_illegal_property', amount: null, description: '广告牌一块' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('keeps a fine within the statutory range of a power that allows it', () => {
    expect(problemsOf(facts({ penalties: [fine(yuan(600))] }))).toEqual([
      {
        path: 'penalties.0.amount',
        reason: '罚款金额应在“对擅自占用城市道路摆摊设点的处罚”的法定幅度（500.00 元以下）之内',
      },
    ]);
    expect(problemsOf(facts({ penalties: [fine(yuanFromFen(50_001))] }))[0]?.path).toBe(
      'penalties.0.amount',
    );
    expect(problemsOf(facts({ penalties: [fine(yuan(500))] }))).toEqual([]);
    // Two powers: within either range is enough.
    const both = [violation(), violation({ powerId: SIGNS_ID, powerVersion: 1 })];
    expect(problemsOf(facts({ violations: both, penalties: [fine(yuan(5000))] }))).toEqual([]);
    expect(problemsOf(facts({ violations: both, penalties: [fine(yuan(700))] }))).toEqual([
      { path: 'penalties.0.amount', reason: '罚款金额不在所选任一事项的法定幅度之内' },
    ]);
  });

  it('needs an amount for 罚款 and 没收违法所得 and none for other kinds', () => {
    const problems = problemsOf(
      facts({
        violations: [violation({ powerId: SIGNS_ID, powerVersion: 1 }), violation()],
        penalties: [
          fine(null),
          { kind: 'warning', amount: yuan(10), description: null },
          { kind: 'confiscate_illegal_property', amount: null, description: '广告牌' },
        ],
      }),
    );
    expect(problems).toEqual([
      { path: 'penalties.0.amount', reason: '请填写罚款金额' },
      { path: 'penalties.1.amount', reason: '“警告”不填写金额，请删去金额' },
    ]);
    expect(problemsOf(facts({ penalties: [fine(yuan(0))] }))).toEqual([
      { path: 'penalties.0.amount', reason: '罚款金额必须大于零' },
    ]);
  });

  it('asks for a reason when the fine is outside the chosen level, on that violation', () => {
    const outside = facts({
      violations: [violation({ discretionLevel: '一般' })],
      penalties: [fine(yuan(400))],
    });
    expect(problemsOf(outside)).toEqual([
      {
        path: 'violations.0.discretionReason',
        reason: '罚款 400.00 元不在裁量档次“一般”（100.00 元至 300.00 元）之内，请说明理由',
      },
    ]);
    const explained = facts({
      violations: [violation({ discretionLevel: '一般', discretionReason: '拒不配合调查' })],
      penalties: [fine(yuan(400))],
    });
    expect(problemsOf(explained)).toEqual([]);
  });

  it('refuses a level the power does not have', () => {
    expect(problemsOf(facts({ violations: [violation({ discretionLevel: '特别严重' })] }))).toEqual(
      [
        {
          path: 'violations.0.discretionLevel',
          reason: '“对擅自占用城市道路摆摊设点的处罚”没有名为“特别严重”的裁量档次',
        },
      ],
    );
  });

  it('refuses a withdrawn power, an unknown one, a stale version and the same power twice', () => {
    const withdrawn: PowerVersion = { ...stalls, version: 3, withdrawn: true };
    const afterWithdrawal = hand([stalls, withdrawn], [], [withdrawn]);
    expect(problemsOf(facts(), afterWithdrawal)).toEqual([
      {
        path: 'violations.0.powerId',
        reason: '“对擅自占用城市道路摆摊设点的处罚”已停用，不能选用',
      },
    ]);
    expect(
      problemsOf(facts({ violations: [violation({ powerVersion: 3 })] }), afterWithdrawal)[0],
    ).toEqual({
      path: 'violations.0.powerId',
      reason: '“对擅自占用城市道路摆摊设点的处罚”已停用，不能选用',
    });
    expect(problemsOf(facts({ violations: [violation({ powerVersion: 9 })] }))[0]?.path).toBe(
      'violations.0.powerId',
    );
    expect(
      problemsOf(facts({ violations: [violation({ powerVersion: 1 })], penalties: [] })),
    ).toEqual([
      {
        path: 'violations.0.powerId',
        reason: '“对擅自占用城市道路摆摊设点的处罚”已修改为第 2 版，请按现行版本重新选择',
      },
    ]);
    expect(problemsOf(facts({ violations: [violation(), violation()] }))).toEqual([
      { path: 'violations.1.powerId', reason: '与第 1 项违法行为选择了同一事项，请合并为一项' },
    ]);
  });

  it('keeps a version the case chose before, even after the power was revised or withdrawn', () => {
    const withdrawn: PowerVersion = { ...stalls, version: 3, withdrawn: true };
    const kept = hand([stallsV1, stalls, withdrawn], [powerVersionKey(STALLS_ID, 1)], [withdrawn]);
    const old = facts({
      violations: [violation({ powerVersion: 1 })],
      penalties: [fine(yuan(150))],
    });
    expect(problemsOf(old, kept)).toEqual([]);
    // Its own range still binds: version 1 allowed 200 元 at most.
    expect(problemsOf({ ...old, penalties: [fine(yuan(300))] }, kept)[0]?.path).toBe(
      'penalties.0.amount',
    );
  });

  it('refuses the same penalty kind twice', () => {
    expect(problemsOf(facts({ penalties: [fine(yuan(100)), fine(yuan(100))] }))).toEqual([
      { path: 'penalties.1.kind', reason: '“罚款”与第 1 项重复，同一处罚种类请写为一项' },
    ]);
  });
});

describe('withStatutoryDefaults', () => {
  it('gives a fine the fifteen days of 行政处罚法 第六十七条 when none is set', () => {
    expect(withStatutoryDefaults(facts()).performanceDays).toBe(FINE_PAYMENT_DAYS);
    expect(withStatutoryDefaults(facts({ performanceDays: 30 })).performanceDays).toBe(30);
    expect(withStatutoryDefaults(facts({ penalties: [] })).performanceDays).toBeNull();
  });
});

describe('caseFactsInputSchema', () => {
  it('reads amounts as text in 元 and refuses numbers', () => {
    const body = {
      facts: '违法事实',
      violations: [{ powerId: STALLS_ID, powerVersion: 2, conduct: '摆摊' }],
      penalties: [{ kind: 'fine', amount: '1,234.5' }],
    };
    expect(caseFactsInputSchema.parse(body)).toMatchObject({
      evidence: [],
      penalties: [{ kind: 'fine', amount: 123_450, description: null }],
      performanceDays: null,
      violations: [{ discretionLevel: null, discretionReason: null }],
    });
    const numeric = caseFactsInputSchema.safeParse({
      ...body,
      penalties: [{ kind: 'fine', amount: 1234.5 }],
      performanceDays: 1.5,
    });
    expect(numeric.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'penalties.0.amount',
      'performanceDays',
    ]);
  });
});
