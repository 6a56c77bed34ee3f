import { formatRegulationCitation, regulationOf } from '@liuhen/domain';

/** A citation as findings, rules and the record catalogue carry it. */
export interface CitationLike {
  readonly seed?: string | undefined;
  readonly document?: string | undefined;
  readonly law?: string | undefined;
  readonly article: string;
  /** The server's wording, used for national law (《行政处罚法》第六十条). */
  readonly text?: string | undefined;
}

/** What a clerk reads on the tag: 《德宏州记录办法》第二十九条, 《行政处罚法》第六十条. */
export function citationLabel(citation: CitationLike): string {
  if (citation.seed === undefined)
    return citation.text ?? `《${citation.law ?? ''}》${citation.article}`;
  return formatRegulationCitation({ ...citation, seed: citation.seed });
}

/**
 * Where the article's text is in the regulation library, or undefined for what the library
 * does not hold (national law: the statute is not in the product).
 */
export function citationArticle(
  citation: CitationLike,
): { regulationId: string; article: string } | undefined {
  if (citation.seed === undefined) return undefined;
  const regulation = regulationOf({ ...citation, seed: citation.seed });
  return regulation && { regulationId: regulation.id, article: citation.article };
}
