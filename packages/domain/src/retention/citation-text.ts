import { formatCitation } from '../citation/citation.ts';
import { formatLawCitation } from '../profiles/national-law.ts';
import type { ProfileCitation, ValueCitation } from '../profiles/profile-schema.ts';

/**
 * "《德宏州记录办法》第三十二条", "《常山县执法局记录制度》第二十条", and articles of one
 * regulation named once: "《平罗县退役军人局记录制度》第十条、第十一条". Same form as the explanations of
 * ../profiles/effective-policy.ts.
 */
export function citationText(citations: readonly ValueCitation[]): string {
  const byDocument = new Map<string, { first: ProfileCitation; articles: string[] }>();
  const national: string[] = [];
  for (const c of citations) {
    if ('law' in c) {
      national.push(formatLawCitation(c));
      continue;
    }
    const key = `${c.seed}|${c.document ?? ''}`;
    const entry = byDocument.get(key);
    if (entry === undefined) byDocument.set(key, { first: c, articles: [c.article] });
    else if (!entry.articles.includes(c.article)) entry.articles.push(c.article);
  }
  return [
    ...[...byDocument.values()].map(({ first, articles }) =>
      formatCitation({ ...first, article: articles.join('、') }),
    ),
    ...new Set(national),
  ].join('；');
}
