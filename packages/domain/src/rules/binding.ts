import { regulationOf } from '../regulations/library-sources.ts';
import { isLawCitation, type Finding, type RuleCitation } from './finding.ts';

/**
 * The part of a profile binding looks at. `seed` is absent for the national baseline (an
 * agency with no regulation of its own), which only national law binds.
 */
export interface BoundProfile {
  readonly seed?: string | undefined;
}

/**
 * Whether `citation` binds an agency following `profile`: a national statute binds every
 * agency; a seed's article binds only the agencies whose profile follows that seed. What
 * another agency's regulation says is at most advice (docs/decisions.md, "Binding").
 */
export function bindsAgency(citation: RuleCitation, profile: BoundProfile): boolean {
  return isLawCitation(citation) || (profile.seed !== undefined && citation.seed === profile.seed);
}

export function bindingCitations<C extends RuleCitation>(
  citations: readonly C[],
  profile: BoundProfile,
): C[] {
  return citations.filter((citation) => bindsAgency(citation, profile));
}

export function bindsAny(citations: readonly RuleCitation[], profile: BoundProfile): boolean {
  return citations.some((citation) => bindsAgency(citation, profile));
}

/** 《长治市民宗局记录制度》、《德宏州记录办法》: the regulations a list of citations names. */
export function regulationNames(citations: readonly RuleCitation[]): string {
  const names = citations.map((citation) =>
    isLawCitation(citation)
      ? citation.law
      : (regulationOf(citation)?.shortTitle ?? `规定${citation.seed}`),
  );
  return [...new Set(names)].map((name) => `《${name}》`).join('、');
}

/**
 * A finding as the agency under `profile` must take it. With at least one binding
 * citation it keeps its severity and cites only what binds. Without one it cannot bind:
 * a `missing` or `violation` becomes `advice` (another regulation's practice, shown, never
 * blocking); a `due` or `undetermined` is dropped, because a deadline the agency is not
 * bound by, or the doubt about one, is only noise (docs/decisions.md).
 */
export function bindFinding(finding: Finding, profile: BoundProfile): Finding | undefined {
  if (finding.severity === 'advice') return finding;
  const binding = bindingCitations(finding.citations, profile);
  if (binding.length === finding.citations.length && binding.length > 0) return finding;
  if (binding.length > 0) return { ...finding, citations: binding };
  if (finding.severity === 'due' || finding.severity === 'undetermined') return undefined;
  const { dueAt: _dueAt, ...rest } = finding;
  return { ...rest, severity: 'advice' };
}

/** Every finding bound to the profile (see bindFinding), in the order given. */
export function bindFindings(findings: readonly Finding[], profile: BoundProfile): Finding[] {
  return findings.flatMap((finding) => bindFinding(finding, profile) ?? []);
}
