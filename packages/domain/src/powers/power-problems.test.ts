import { describe, expect, it } from 'vitest';
import { yuanFromFen } from '../money/yuan.ts';
import type { PowerContent } from './power.ts';
import { powerInputSchema } from './power-input.ts';
import { powerProblems } from './power-problems.ts';

const yuan = (whole: number) => yuanFromFen(whole * 100);

/** 《城市市容和环境卫生管理条例》第三十六条-like: a fine range with two levels. */
const STALLS: PowerContent = {
  code: 'CG-001',
  name: '对擅自占用城市道路摆摊设点的处罚',
  category: 'penalty',
  provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
  provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
  penaltyKinds: ['warning', 'fine'],
  fineMin: null,
  fineMax: yuan(500),
  levels: [
    {
      label: '轻微',
      circumstances: '首次且及时改正',
      fineMin: null,
      fineMax: null,
      otherMeasures: '警告',
    },
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

const paths = (power: PowerContent) => powerProblems(power).map((problem) => problem.path);

describe('powerProblems', () => {
  it('accepts a coherent power', () => {
    expect(powerProblems(STALLS)).toEqual([]);
  });

  it('needs both provisions and a kind for a 行政处罚 item', () => {
    const problems = powerProblems({
      ...STALLS,
      provisionViolated: '',
      provisionApplied: '',
      penaltyKinds: [],
      fineMax: null,
      levels: [],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'provisionViolated',
      'provisionApplied',
      'penaltyKinds',
    ]);
    expect(problems.every((p) => /\p{Script=Han}/u.test(p.reason))).toBe(true);
  });

  it('refuses penalty kinds on an item of another category', () => {
    expect(
      paths({
        ...STALLS,
        category: 'inspection',
        provisionViolated: '',
        fineMax: null,
        levels: [],
      }),
    ).toEqual(['penaltyKinds']);
    expect(
      paths({
        ...STALLS,
        category: 'inspection',
        penaltyKinds: [],
        provisionViolated: '',
        fineMax: null,
        levels: [],
      }),
    ).toEqual([]);
  });

  it('refuses a fine range without 罚款 and an inverted range', () => {
    expect(paths({ ...STALLS, penaltyKinds: ['warning'], levels: [] })).toEqual(['fineMax']);
    expect(paths({ ...STALLS, fineMin: yuan(600), levels: [] })).toEqual(['fineMin']);
    expect(powerProblems({ ...STALLS, fineMin: yuan(600), levels: [] })[0]!.reason).toBe(
      '罚款下限不能高于上限',
    );
  });

  it('keeps each level inside the statutory range, ordered, with a unique label', () => {
    const levels = [
      { ...STALLS.levels[1]!, fineMax: yuan(800) },
      { ...STALLS.levels[2]!, label: '一般', fineMin: yuan(400), fineMax: yuan(350) },
      { ...STALLS.levels[0]!, label: '较重', fineMin: yuan(100), fineMax: null },
    ];
    const problems = powerProblems({ ...STALLS, levels });
    expect(problems).toEqual([
      { path: 'levels.0.fineMax', reason: '该档罚款上限应在法定幅度（500.00 元以下）之内' },
      { path: 'levels.1.label', reason: '档次名称“一般”与第 1 档重复，每档名称应不同' },
      { path: 'levels.1.fineMin', reason: '该档罚款下限不能高于上限' },
      { path: 'levels.2.fineMax', reason: '该档罚款上限应在法定幅度（500.00 元以下）之内' },
    ]);
  });

  it('reads an open lower end of a level as 0 against a statutory minimum', () => {
    const power = { ...STALLS, fineMin: yuan(50), fineMax: yuan(500) };
    expect(
      paths({ ...power, levels: [{ ...STALLS.levels[1]!, fineMin: null, fineMax: yuan(200) }] }),
    ).toEqual(['levels.0.fineMin']);
    // Exactly on the bounds is inside.
    expect(
      paths({
        ...power,
        levels: [{ ...STALLS.levels[1]!, fineMin: yuan(50), fineMax: yuan(500) }],
      }),
    ).toEqual([]);
  });

  it('refuses a level fine when the item has no 罚款', () => {
    expect(
      paths({ ...STALLS, penaltyKinds: ['warning'], fineMax: null, levels: [STALLS.levels[1]!] }),
    ).toEqual(['levels.0.fineMin']);
  });
});

describe('powerInputSchema', () => {
  const input = {
    name: ' 对擅自占用城市道路摆摊设点的处罚 ',
    category: 'penalty',
    provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
    provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
    penaltyKinds: ['warning', 'fine'],
    fineMax: '500',
    levels: [{ label: '一般', circumstances: '经劝阻仍不改正', fineMin: '100', fineMax: '300.5' }],
  };

  it('reads amounts in 元 into 分 and blank optional texts as none', () => {
    const parsed = powerInputSchema.parse({ ...input, code: '  ', fineMin: null });
    expect(parsed).toMatchObject({
      code: null,
      name: '对擅自占用城市道路摆摊设点的处罚',
      fineMin: null,
      fineMax: 50_000,
      levels: [{ fineMin: 10_000, fineMax: 30_050, otherMeasures: null }],
    });
  });

  it('refuses blank required texts, amounts as numbers and unknown kinds, by field', () => {
    const result = powerInputSchema.safeParse({
      ...input,
      name: '  ',
      fineMax: 500,
      penaltyKinds: ['flogging'],
      levels: [{ label: '', circumstances: '', fineMin: '1e3' }],
    });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(byPath).toMatchObject({
      name: '请填写事项名称',
      fineMax: '金额应以文字填写，如 "1234.50"',
      'penaltyKinds.0': '请从列表中选择处罚种类',
      'levels.0.label': '请填写裁量档次名称，如“一般”',
      'levels.0.circumstances': '请填写该档次的适用情形',
      'levels.0.fineMin': '金额中有“e”，只能填写阿拉伯数字和小数点，如 1234.50',
    });
  });
});
