/**
 * Writes docs/regulations.md: every article of the five seeds with what implements it.
 *
 *   npm run docs:regulations
 *
 * Reads the regulation library (packages/domain/src/regulations/) and the coverage in
 * packages/domain/src/traceability/. Run it after changing either;
 * packages/domain/src/traceability/coverage.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_COVERAGE } from '../packages/domain/src/traceability/article-coverage.ts';
import { renderRegulationsDoc } from '../packages/domain/src/traceability/render-regulations-doc.ts';
import { regulationArticles } from '../packages/domain/src/regulations/library.ts';

const REPOSITORY = path.resolve(import.meta.dirname, '..');
const OUTPUT = path.join(REPOSITORY, 'docs/regulations.md');

const articles = regulationArticles();
writeFileSync(OUTPUT, renderRegulationsDoc(articles, ARTICLE_COVERAGE));

const covered = new Set(ARTICLE_COVERAGE.map((c) => `${c.seed}|${c.document ?? ''}|${c.article}`));
const missing = articles.filter((a) => !covered.has(`${a.seed}|${a.document ?? ''}|${a.article}`));
console.log(
  `${path.relative(REPOSITORY, OUTPUT)}: ${articles.length} articles, ${missing.length} without an entry`,
);
if (missing.length > 0) process.exitCode = 1;
