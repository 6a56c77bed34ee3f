import { formatCitation } from '../../citation/citation.ts';
import { formatLawCitation } from '../../profiles/national-law.ts';
import type { ValueCitation } from '../../profiles/profile-schema.ts';

// A profile value cites a seed's article or, in the national baseline, national law.
type ProfileCitation = ValueCitation;

function keyOf(citation: ProfileCitation): string {
  return 'law' in citation
    ? `${citation.law}|${citation.article}`
    : `${citation.seed}|${citation.document ?? ''}|${citation.article}`;
}

/** Several items of one list often cite the same article; a finding names it once. */
export function uniqueCitations<C extends ProfileCitation>(
  citations: readonly (C | undefined)[],
): C[] {
  const seen = new Map<string, C>();
  for (const citation of citations) {
    if (citation !== undefined && !seen.has(keyOf(citation))) seen.set(keyOf(citation), citation);
  }
  return [...seen.values()];
}

/** 《常山县执法局记录制度》第十八条: the regulation by its short title. */
export function citationText(citation: ProfileCitation): string {
  return 'law' in citation ? formatLawCitation(citation) : formatCitation(citation);
}

export function citationsText(citations: readonly ProfileCitation[]): string {
  return uniqueCitations(citations).map(citationText).join('、');
}
