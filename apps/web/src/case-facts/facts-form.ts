import {
  FINE_PAYMENT_DAYS,
  parseYuan,
  penaltyKindHasAmount,
  yuanInWords,
  type PenaltyKind,
} from '@liuhen/domain';
import type { FieldPath } from '../cases/form-problems.ts';
import type { PowerVersion } from '../powers/powers-api.ts';
import { yuanDisplay } from '../powers/power-form.ts';
import type { CaseFacts, CaseFactsBody } from './case-facts-api.ts';

export { FINE_PAYMENT_DAYS, penaltyKindHasAmount };

/** What the facts drawer's form holds: evidence one item a line, amounts as typed in 元. */
export interface FactsFormValues {
  facts: string;
  evidence?: string;
  violations?: {
    powerId?: string;
    conduct?: string;
    discretionLevel?: string;
    discretionReason?: string;
  }[];
  penalties?: { kind?: PenaltyKind; amount?: string; description?: string }[];
  performanceDays?: number | null;
  mitigation?: string;
}

/** "人民币壹仟零伍元整" under an amount as it is typed; nothing while it cannot be read. */
export function amountInWords(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  const parsed = parseYuan(text);
  return parsed.ok ? `人民币${yuanInWords(parsed.value)}` : null;
}

/**
 * The power a violation names: the version the case chose before, if it chose this power, else
 * the version in force now. A later edit of the power does not move an earlier choice.
 */
export function powerFor(
  powerId: string | undefined,
  chosen: ReadonlyMap<string, PowerVersion>,
  inForce: readonly PowerVersion[],
): PowerVersion | undefined {
  if (powerId === undefined) return undefined;
  return chosen.get(powerId) ?? inForce.find((power) => power.id === powerId);
}

/** The versions the current facts name, by power id. */
export function chosenPowers(facts: CaseFacts | null): Map<string, PowerVersion> {
  const map = new Map<string, PowerVersion>();
  const current = facts?.current;
  if (!current || !facts) return map;
  for (const violation of current.violations) {
    const version = facts.powers.find(
      (p) => p.id === violation.powerId && p.version === violation.powerVersion,
    );
    if (version) map.set(violation.powerId, version);
  }
  return map;
}

const blankToNull = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? null : value.trim();

export function factsBodyOf(
  values: FactsFormValues,
  expectedVersion: number,
  resolve: (powerId: string | undefined) => PowerVersion | undefined,
): CaseFactsBody {
  return {
    expectedVersion,
    facts: values.facts,
    evidence: (values.evidence ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    violations: (values.violations ?? []).map((v) => ({
      powerId: v.powerId ?? '',
      powerVersion: resolve(v.powerId)?.version ?? 1,
      conduct: v.conduct ?? '',
      discretionLevel: blankToNull(v.discretionLevel),
      discretionReason: blankToNull(v.discretionReason),
    })),
    penalties: (values.penalties ?? []).map((p) => ({
      kind: p.kind ?? 'warning',
      amount: blankToNull(p.amount),
      description: blankToNull(p.description),
    })),
    performanceDays: values.performanceDays ?? null,
    mitigation: blankToNull(values.mitigation),
  };
}

export function factsFormValuesOf(facts: CaseFacts | null): FactsFormValues {
  const current = facts?.current;
  if (!current) return { facts: '', evidence: '', violations: [{}], penalties: [] };
  return {
    facts: current.facts,
    evidence: current.evidence.join('\n'),
    violations: current.violations.map((v) => ({
      powerId: v.powerId,
      conduct: v.conduct,
      discretionLevel: v.discretionLevel ?? undefined,
      discretionReason: v.discretionReason ?? undefined,
    })),
    penalties: current.penalties.map((p) => ({
      kind: p.kind,
      amount: yuanDisplay(p.amount),
      description: p.description ?? undefined,
    })),
    performanceDays: current.performanceDays,
    mitigation: current.mitigation ?? undefined,
  };
}

/** Where a server parameter lands: `evidence.3` on the evidence box, the rest as named. */
export function locateFactsParam(parts: string[]): FieldPath | undefined {
  if (parts[0] === 'evidence') return ['evidence'];
  if (parts[0] === 'expectedVersion') return undefined;
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
