import { formatCitation } from '../../citation/citation.ts';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';

function keyOf(citation: ProfileCitation): string {
  return `${citation.seed}|${citation.document ?? ''}|${citation.article}`;
}

/** Several items of one list often cite the same article; a finding names it once. */
export function uniqueCitations(
  citations: readonly (ProfileCitation | undefined)[],
): ProfileCitation[] {
  const seen = new Map<string, ProfileCitation>();
  for (const citation of citations) {
    if (citation !== undefined && !seen.has(keyOf(citation))) seen.set(keyOf(citation), citation);
  }
  return [...seen.values()];
}

/** 《常山县执法局记录制度》第十八条: the regulation by its short title. */
export function citationText(citation: ProfileCitation): string {
  return formatCitation(citation);
}

export function citationsText(citations: readonly ProfileCitation[]): string {
  return uniqueCitations(citations).map(citationText).join('、');
}
