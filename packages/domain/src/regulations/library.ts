import type { SeedId } from '../citation/citation.ts';
import { articleNumber } from '../traceability/article-number.ts';
import { parseSeedArticles, type SeedArticle } from '../traceability/seed-articles.ts';
import { SEED_IDS } from '../traceability/seed-sources.ts';
import { REGULATION_SOURCES, type RegulationSource } from './library-sources.ts';
import { SEED_TEXTS } from './texts/index.ts';

let parsed: readonly SeedArticle[] | undefined;

/**
 * Every article of the five regulations, in their order. Parsed on first use, not at import:
 * the web imports this package for other things and must not pay for (or bundle) the texts.
 */
export function regulationArticles(): readonly SeedArticle[] {
  parsed ??= SEED_IDS.flatMap((seed: SeedId) => parseSeedArticles(seed, SEED_TEXTS[seed]));
  return parsed;
}

/** The articles of one regulation of the library. */
export function articlesOf(regulation: RegulationSource): readonly SeedArticle[] {
  return regulationArticles().filter(
    (a) => a.seed === regulation.seed && a.document === regulation.document,
  );
}

export function regulationById(id: string): RegulationSource | undefined {
  return REGULATION_SOURCES.find((r) => r.id === id);
}

/**
 * An article by its heading ("第二十九条") or its number ("29"), as a URL or a clerk gives
 * it; undefined when the regulation has no such article (004 公示制度 skips 13–21).
 */
export function findRegulationArticle(
  regulation: RegulationSource,
  article: string,
): SeedArticle | undefined {
  const wanted = /^[1-9][0-9]{0,2}$/.test(article) ? Number(article) : headingNumber(article);
  if (wanted === undefined) return undefined;
  return articlesOf(regulation).find((a) => articleNumber(a.article) === wanted);
}

function headingNumber(heading: string): number | undefined {
  try {
    return articleNumber(heading);
  } catch {
    return undefined;
  }
}
