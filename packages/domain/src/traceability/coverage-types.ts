import type { SeedId } from '../citation/citation.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';

/**
 * The rules docs/regulations.md may name. Kept as a type so a misspelt id fails to compile;
 * whether each one is really in ALL_RULES is checked by coverage.test.ts.
 */
export type RuleId =
  | 'required-record-missing'
  | 'record-incomplete'
  | 'service-proof-incomplete'
  | 'transcript-unsigned'
  | 'mandatory-av-missing'
  | 'av-stored-late'
  | 'av-interruption-unexplained'
  | 'av-evidence-note-missing'
  | 'archived-late'
  | 'emergency-launch-unapproved'
  | 'complaint-not-pursued-uninformed'
  | 'major-decision-unreviewed'
  | 'rights-notice-missing'
  | 'execution-without-demand-notice'
  | 'officers-insufficient'
  | 'decision-overdue'
  | 'service-overdue'
  | 'launch-unapproved'
  | 'av-storage-damage-unreported'
  | 'av-coverage-gap'
  | 'av-start-unannounced'
  | 'investigation-unrecorded'
  | 'av-filing-incomplete'
  | 'rectification-check-late'
  | 'method-outside-profile';

/** The open issues that will build software an article asks for, by their subject. */
export const PLANNED_ISSUES = {
  17: '归档：电子案卷、归档包、保管期限、销毁与异地备份',
  18: '公示：事前、事中、事后公示，按期、隐去、撤下、更正',
  19: '监督：各角色工作台、统计分析与案卷评查',
} as const;
export type PlannedIssue = keyof typeof PLANNED_ISSUES;

/** How one article is served; an article usually needs several. */
export type Coverage =
  /** A compliance rule (packages/domain/src/rules/<ruleId>.ts) that reports findings. */
  | { readonly kind: 'rule'; readonly ruleId: RuleId }
  /** A key of the seed's built-in PolicyProfile holding the article's number or list. */
  | { readonly kind: 'profile'; readonly key: string }
  /** A record type of the record catalogue, with the fields the article names. */
  | { readonly kind: 'catalogue'; readonly recordType: RecordTypeId }
  /** Code already in the repository; `where` is its path from the repository root. */
  | { readonly kind: 'feature'; readonly feature: string; readonly where: string }
  /** Software an open issue will build. */
  | { readonly kind: 'planned'; readonly issue: PlannedIssue; readonly feature: string }
  /** Software the article needs and no issue covers yet: a visible gap. */
  | { readonly kind: 'unplanned'; readonly note: string }
  /** Nothing for software to do, and why (funding, discipline, equipment, dates…). */
  | { readonly kind: 'not_software'; readonly reason: string };

export type CoverageKind = Coverage['kind'];

export interface ArticleCoverage {
  readonly seed: SeedId;
  readonly document?: string;
  readonly article: string;
  /** 中文, one line: what the article requires. */
  readonly summary: string;
  readonly coverage: readonly Coverage[];
}

export const rule = (ruleId: RuleId): Coverage => ({ kind: 'rule', ruleId });
export const profileKey = (key: string): Coverage => ({ kind: 'profile', key });
export const catalogue = (recordType: RecordTypeId): Coverage => ({
  kind: 'catalogue',
  recordType,
});
export const planned = (issue: PlannedIssue, feature: string): Coverage => ({
  kind: 'planned',
  issue,
  feature,
});
export const unplanned = (note: string): Coverage => ({ kind: 'unplanned', note });
export const notSoftware = (reason: string): Coverage => ({ kind: 'not_software', reason });

/** One seed's (or one of 004's regulations') entries, written article by article. */
export function coverageOf(
  seed: SeedId,
  document: string | undefined,
  entries: readonly (readonly [article: string, summary: string, ...coverage: Coverage[]])[],
): ArticleCoverage[] {
  return entries.map(([article, summary, ...coverage]) =>
    document === undefined
      ? { seed, article, summary, coverage }
      : { seed, document, article, summary, coverage },
  );
}
