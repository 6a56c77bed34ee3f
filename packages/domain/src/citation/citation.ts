/**
 * Where a rule comes from. Every rule derived from a regulation carries one, so that the
 * UI, the findings and the tests can all show the article (the texts: ../regulations/).
 */
export type SeedId = '000' | '001' | '002' | '003' | '004';

export interface Citation {
  readonly seed: SeedId;
  readonly article: string;
}

export function formatCitation(citation: Citation): string {
  return `规定${citation.seed} ${citation.article}`;
}
