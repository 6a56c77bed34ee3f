import type { Yuan } from '../money/yuan.ts';
import type { PenaltyKind } from '../powers/penalty-kinds.ts';

/** One 违法行为 of the case, with the 权责清单事项 (and its version) it falls under. */
export interface Violation {
  readonly powerId: string;
  readonly powerVersion: number;
  /** 违法行为 as the decision writes it. */
  readonly conduct: string;
  /** The label of one of the power's discretion levels, if the agency has them. */
  readonly discretionLevel: string | null;
  /** Why the fine lies outside the chosen level, or other reasons for the choice. */
  readonly discretionReason: string | null;
}

export interface Penalty {
  readonly kind: PenaltyKind;
  /** The sum, for 罚款 and 没收违法所得 only. */
  readonly amount: Yuan | null;
  /** What the decision says besides the kind: the items confiscated, the suspension period. */
  readonly description: string | null;
}

/**
 * 案件事实 as the documents need them: one current version per case, each save a new version
 * (append-only). The parties come from the case; remedies and payment instructions from the
 * agency's document settings.
 */
export interface CaseFactsContent {
  /** 违法事实. */
  readonly facts: string;
  /** 证据, one item a line as the decision lists them. */
  readonly evidence: readonly string[];
  readonly violations: readonly Violation[];
  readonly penalties: readonly Penalty[];
  /** 履行期限 in days from service of the decision. */
  readonly performanceDays: number | null;
  /** 从轻、减轻或者不予处罚的理由 (行政处罚法 第三十二条、第三十三条). */
  readonly mitigation: string | null;
}

/**
 * 行政处罚法 第六十七条第三款: "当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者
 * 通过电子支付系统缴纳罚款" (quoted from memory: no copy of the statute is in the repository).
 */
export const FINE_PAYMENT_DAYS = 15;

/** The facts as saved: a fine with no 履行期限 gets the statutory fifteen days. */
export function withStatutoryDefaults(content: CaseFactsContent): CaseFactsContent {
  const fines = content.penalties.some((penalty) => penalty.kind === 'fine');
  if (!fines || content.performanceDays !== null) return content;
  return { ...content, performanceDays: FINE_PAYMENT_DAYS };
}

/** The key a power version is known by in a set: `<powerId>#<version>`. */
export function powerVersionKey(powerId: string, version: number): string {
  return `${powerId}#${version}`;
}
