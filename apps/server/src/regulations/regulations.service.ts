import type { RegulationSource } from '@liuhen/domain';
import { REGULATION_SOURCES } from '@liuhen/domain';
import { articlesOf, findRegulationArticle, regulationById } from '@liuhen/domain/regulations';
import { Problem } from '../http/problem.ts';
import type { RegulationArticleView, RegulationSummary } from './regulation-schemas.ts';

const summary = (regulation: RegulationSource): RegulationSummary => ({
  id: regulation.id,
  seed: regulation.seed,
  document: regulation.document ?? null,
  title: regulation.title,
  shortTitle: regulation.shortTitle,
  issuer: regulation.issuer,
  documentNumber: regulation.documentNumber ?? null,
  articles: articlesOf(regulation).map((a) => a.article),
});

/** The regulation library, read-only: the texts are public law, the same for everybody. */
export const regulationsService = {
  list(): RegulationSummary[] {
    return REGULATION_SOURCES.map(summary);
  },

  article(regulationId: string, article: string): RegulationArticleView {
    const regulation = regulationById(regulationId);
    const found = regulation && findRegulationArticle(regulation, article);
    if (regulation === undefined || found === undefined) {
      const name = regulation === undefined ? '该规定' : `《${regulation.title}》`;
      throw new Problem(
        404,
        'regulation-article-not-found',
        '未找到条文',
        `${name}没有${/^\d+$/.test(article) ? `第${article}条` : article}，请核对条号。`,
      );
    }
    return {
      regulationId: regulation.id,
      seed: regulation.seed,
      document: regulation.document ?? null,
      title: regulation.title,
      shortTitle: regulation.shortTitle,
      article: found.article,
      paragraphs: [...found.paragraphs],
    };
  },
};
