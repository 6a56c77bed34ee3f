import { formatYuan, type Yuan } from '../money/yuan.ts';
import type { FieldProblem } from './field-problem.ts';
import type { DiscretionLevel, PowerContent } from './power.ts';

function yuanText(amount: Yuan): string {
  return `${formatYuan(amount)} 元`;
}

/** "5,000.00 元至 30,000.00 元", "5,000.00 元以下", "200.00 元以上". */
export function describeFineRange(min: Yuan | null, max: Yuan | null): string {
  if (min !== null && max !== null) return `${yuanText(min)}至 ${yuanText(max)}`;
  if (max !== null) return `${yuanText(max)}以下`;
  if (min !== null) return `${yuanText(min)}以上`;
  return '不限';
}

export function withinRange(amount: Yuan, min: Yuan | null, max: Yuan | null): boolean {
  return (min === null || amount >= min) && (max === null || amount <= max);
}

function levelProblems(
  level: DiscretionLevel,
  index: number,
  power: PowerContent,
  statutoryUsable: boolean,
  seenLabels: Map<string, number>,
): FieldProblem[] {
  const at = (field: string) => `levels.${index}.${field}`;
  const problems: FieldProblem[] = [];
  const earlier = seenLabels.get(level.label);
  if (earlier === undefined) seenLabels.set(level.label, index);
  else {
    problems.push({
      path: at('label'),
      reason: `档次名称“${level.label}”与第 ${earlier + 1} 档重复，每档名称应不同`,
    });
  }
  if (level.fineMin === null && level.fineMax === null) return problems;
  if (!power.penaltyKinds.includes('fine')) {
    problems.push({
      path: at(level.fineMin !== null ? 'fineMin' : 'fineMax'),
      reason: '该事项的处罚种类中没有罚款，裁量档次不能填写罚款幅度',
    });
    return problems;
  }
  if (level.fineMin !== null && level.fineMax !== null && level.fineMin > level.fineMax) {
    problems.push({ path: at('fineMin'), reason: '该档罚款下限不能高于上限' });
    return problems;
  }
  if (!statutoryUsable) return problems;
  const statutory = describeFineRange(power.fineMin, power.fineMax);
  // An open end of a band reaches as far as it can: no lower bound is 0, no upper bound is
  // unlimited; a 裁量基准 refines the statutory range and cannot reach outside it.
  if (power.fineMin !== null && (level.fineMin ?? 0) < power.fineMin) {
    problems.push({
      path: at('fineMin'),
      reason: `该档罚款下限应在法定幅度（${statutory}）之内`,
    });
  }
  if (power.fineMax !== null && (level.fineMax === null || level.fineMax > power.fineMax)) {
    problems.push({
      path: at('fineMax'),
      reason: `该档罚款上限应在法定幅度（${statutory}）之内`,
    });
  }
  return problems;
}

/**
 * What a 权责清单事项 must satisfy beyond its shape (power-input.ts checks lengths and that
 * required texts are not blank):
 * - a 行政处罚 item names the provision violated, the provision applied and at least one
 *   penalty kind (行政处罚法 第三十八条: a penalty without a legal basis is void — quoted from
 *   memory); an item of another category has no penalty kinds;
 * - the statutory fine range only with 罚款 among the kinds, and its minimum not above its
 *   maximum;
 * - each discretion level's label unique, its fine range ordered and inside the statutory
 *   range (a 裁量基准 refines the statute, it cannot widen it).
 */
export function powerProblems(power: PowerContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const isPenalty = power.category === 'penalty';
  if (isPenalty && power.provisionViolated === '') {
    problems.push({ path: 'provisionViolated', reason: '请填写违法依据，如《某某条例》第十四条' });
  }
  if (power.provisionApplied === '') {
    problems.push({
      path: 'provisionApplied',
      reason: isPenalty ? '请填写处罚依据，如《某某条例》第三十六条' : '请填写实施依据',
    });
  }
  if (isPenalty && power.penaltyKinds.length === 0) {
    problems.push({ path: 'penaltyKinds', reason: '请选择至少一种处罚种类' });
  }
  if (!isPenalty && power.penaltyKinds.length > 0) {
    problems.push({ path: 'penaltyKinds', reason: '只有行政处罚事项可以选择处罚种类' });
  }
  if (new Set(power.penaltyKinds).size !== power.penaltyKinds.length) {
    problems.push({ path: 'penaltyKinds', reason: '处罚种类有重复' });
  }
  const fines = power.penaltyKinds.includes('fine');
  const hasRange = power.fineMin !== null || power.fineMax !== null;
  let statutoryUsable = true;
  if (hasRange && !fines) {
    statutoryUsable = false;
    problems.push({
      path: power.fineMin !== null ? 'fineMin' : 'fineMax',
      reason: '处罚种类中没有罚款，不能填写罚款幅度',
    });
  } else if (power.fineMin !== null && power.fineMax !== null && power.fineMin > power.fineMax) {
    statutoryUsable = false;
    problems.push({ path: 'fineMin', reason: '罚款下限不能高于上限' });
  }
  const seenLabels = new Map<string, number>();
  power.levels.forEach((level, index) => {
    problems.push(...levelProblems(level, index, power, statutoryUsable, seenLabels));
  });
  return problems;
}
