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

/** 规定004《行政执法全过程记录制度》第十八条: the document is named where a seed holds two. */
export function citationText(citation: ProfileCitation): string {
  const document = citation.document === undefined ? '' : `《${citation.document}》`;
  return formatCitation({ seed: citation.seed, article: `${document}${citation.article}` });
}

export function citationsText(citations: readonly ProfileCitation[]): string {
  return uniqueCitations(citations).map(citationText).join('、');
}
