import { formatRegulationCitation } from '../regulations/library-sources.ts';

/**
 * Where a rule comes from. Every rule derived from a regulation carries one, so that the
 * UI, the findings and the tests can all show the article (the texts: ../regulations/).
 */
export type SeedId = '000' | '001' | '002' | '003' | '004';

export interface Citation {
  readonly seed: SeedId;
  readonly article: string;
  /** Where one seed holds two regulations (004), the one meant. */
  readonly document?: string | undefined;
}

/**
 * As a clerk reads it: the regulation's short title and the article, 《柳林镇记录制度》第六条
 * (../regulations/library-sources.ts), never the seed's number alone.
 */
export function formatCitation(citation: Citation): string {
  return formatRegulationCitation(citation);
}
