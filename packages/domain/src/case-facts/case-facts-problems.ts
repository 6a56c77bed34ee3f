import { formatYuan } from '../money/yuan.ts';
import type { FieldProblem } from '../powers/field-problem.ts';
import { PENALTY_KIND_LABELS, penaltyKindHasAmount } from '../powers/penalty-kinds.ts';
import type { PowerVersion } from '../powers/power.ts';
import { describeFineRange, withinRange } from '../powers/power-problems.ts';
import { powerVersionKey, type CaseFactsContent, type Penalty } from './case-facts.ts';

/** What the checks know of the agency's 权责清单 and of the case's facts so far. */
export interface PowersAtHand {
  /** Every version the facts name, by `powerVersionKey`, as far as it exists in the agency. */
  readonly versions: ReadonlyMap<string, PowerVersion>;
  /** The newest version of each power the facts name, by power id. */
  readonly latest: ReadonlyMap<string, PowerVersion>;
  /**
   * (powerId, version) pairs the case's current facts already name: kept as they were even
   * after the power was revised or withdrawn, since a later edit never changes what a case
   * says. Anything else is a new choice and must be a version in force.
   */
  readonly alreadyChosen: ReadonlySet<string>;
}

function choiceProblem(
  index: number,
  powerId: string,
  powerVersion: number,
  at: PowersAtHand,
): { problem?: FieldProblem; power?: PowerVersion } {
  const path = `violations.${index}.powerId`;
  const power = at.versions.get(powerVersionKey(powerId, powerVersion));
  if (power === undefined) {
    return { problem: { path, reason: '本机关权责清单中没有所选事项（或该版本），请重新选择' } };
  }
  if (power.withdrawn) {
    return { problem: { path, reason: `“${power.name}”已停用，不能选用` }, power };
  }
  if (at.alreadyChosen.has(powerVersionKey(powerId, powerVersion))) return { power };
  const latest = at.latest.get(powerId) ?? power;
  if (latest.withdrawn) {
    return { problem: { path, reason: `“${latest.name}”已停用，不能选用` }, power };
  }
  if (latest.version !== powerVersion) {
    return {
      problem: {
        path,
        reason: `“${latest.name}”已修改为第 ${latest.version} 版，请按现行版本重新选择`,
      },
      power,
    };
  }
  return { power };
}

function penaltyAmountProblem(penalty: Penalty, index: number): FieldProblem | undefined {
  const path = `penalties.${index}.amount`;
  const label = PENALTY_KIND_LABELS[penalty.kind];
  if (penaltyKindHasAmount(penalty.kind)) {
    if (penalty.amount === null) return { path, reason: `请填写${label}金额` };
    if (penalty.amount === 0) return { path, reason: `${label}金额必须大于零` };
  } else if (penalty.amount !== null) {
    return { path, reason: `“${label}”不填写金额，请删去金额` };
  }
  return undefined;
}

/**
 * What 案件事实 must satisfy against the agency's 权责清单:
 * - each violation names a version of one of the agency's powers, not withdrawn, and — unless
 *   the case chose it before — the version in force; no power twice;
 * - a chosen discretion level is one of that power's levels;
 * - any penalty needs at least one violation, and each penalty kind must be allowed by at least
 *   one chosen power (行政处罚法 第三十八条: no penalty without a basis — from memory);
 * - 罚款 and 没收违法所得 state an amount above zero, other kinds none; one row per kind (but
 *   "其他");
 * - a fine lies within the statutory range of a chosen power that allows fines (where several
 *   violations are fined together, within the range of at least one of them);
 * - a fine outside the chosen discretion level's range needs a `discretionReason` on that
 *   violation (裁量基准: departing from the benchmark is allowed, unexplained it is not).
 */
export function caseFactsProblems(content: CaseFactsContent, at: PowersAtHand): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const chosen: (PowerVersion | undefined)[] = [];
  const seenPowers = new Map<string, number>();

  content.violations.forEach((violation, index) => {
    const earlier = seenPowers.get(violation.powerId);
    if (earlier !== undefined) {
      problems.push({
        path: `violations.${index}.powerId`,
        reason: `与第 ${earlier + 1} 项违法行为选择了同一事项，请合并为一项`,
      });
      chosen.push(undefined);
      return;
    }
    seenPowers.set(violation.powerId, index);
    const { problem, power } = choiceProblem(index, violation.powerId, violation.powerVersion, at);
    if (problem !== undefined) problems.push(problem);
    chosen.push(power);
    if (power !== undefined && violation.discretionLevel !== null) {
      const level = power.levels.find((l) => l.label === violation.discretionLevel);
      if (level === undefined) {
        problems.push({
          path: `violations.${index}.discretionLevel`,
          reason: `“${power.name}”没有名为“${violation.discretionLevel}”的裁量档次`,
        });
      }
    }
  });

  if (content.penalties.length > 0 && content.violations.length === 0) {
    problems.push({
      path: 'violations',
      reason: '有处罚内容时，请至少选择一项违法行为（权责清单事项）',
    });
  }

  const resolved = chosen.filter((power): power is PowerVersion => power !== undefined);
  const seenKinds = new Map<string, number>();
  content.penalties.forEach((penalty, index) => {
    const label = PENALTY_KIND_LABELS[penalty.kind];
    const earlier = seenKinds.get(penalty.kind);
    if (earlier !== undefined && penalty.kind !== 'other') {
      problems.push({
        path: `penalties.${index}.kind`,
        reason: `“${label}”与第 ${earlier + 1} 项重复，同一处罚种类请写为一项`,
      });
    }
    seenKinds.set(penalty.kind, index);
    const amountProblem = penaltyAmountProblem(penalty, index);
    if (amountProblem !== undefined) problems.push(amountProblem);
    const allowing = resolved.filter((power) => power.penaltyKinds.includes(penalty.kind));
    if (allowing.length === 0) {
      if (content.violations.length > 0) {
        problems.push({
          path: `penalties.${index}.kind`,
          reason: `所选事项的处罚种类中没有“${label}”`,
        });
      }
      return;
    }
    if (penalty.kind !== 'fine' || penalty.amount === null || amountProblem !== undefined) return;
    const amount = penalty.amount;
    if (!allowing.some((power) => withinRange(amount, power.fineMin, power.fineMax))) {
      const [only] = allowing;
      problems.push({
        path: `penalties.${index}.amount`,
        reason:
          allowing.length === 1 && only !== undefined
            ? `罚款金额应在“${only.name}”的法定幅度（${describeFineRange(only.fineMin, only.fineMax)}）之内`
            : '罚款金额不在所选任一事项的法定幅度之内',
      });
    }
  });

  const fines = content.penalties.filter(
    (penalty) => penalty.kind === 'fine' && penalty.amount !== null,
  );
  content.violations.forEach((violation, index) => {
    const power = chosen[index];
    if (power === undefined || violation.discretionLevel === null) return;
    if (violation.discretionReason !== null || !power.penaltyKinds.includes('fine')) return;
    const level = power.levels.find((l) => l.label === violation.discretionLevel);
    if (level === undefined || (level.fineMin === null && level.fineMax === null)) return;
    const outside = fines.find((fine) => !withinRange(fine.amount!, level.fineMin, level.fineMax));
    if (outside === undefined) return;
    problems.push({
      path: `violations.${index}.discretionReason`,
      reason: `罚款 ${formatYuan(outside.amount!)} 元不在裁量档次“${level.label}”（${describeFineRange(level.fineMin, level.fineMax)}）之内，请说明理由`,
    });
  });
  return problems;
}
