/**
 * Writes docs/regulations.md: every article of the five seeds with what implements it.
 *
 *   npm run docs:regulations
 *
 * Reads the seeds in place (../shared/seeds beside the repository, or LIUHEN_SHARED_DIR/seeds)
 * and the coverage in packages/domain/src/traceability/. Run it after changing either;
 * packages/domain/src/traceability/coverage.test.ts fails while the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_COVERAGE } from '../packages/domain/src/traceability/article-coverage.ts';
import { renderRegulationsDoc } from '../packages/domain/src/traceability/render-regulations-doc.ts';
import { readSeedArticles } from '../packages/domain/src/traceability/seed-articles.ts';

const REPOSITORY = path.resolve(import.meta.dirname, '..');
const SHARED = process.env.LIUHEN_SHARED_DIR ?? path.resolve(REPOSITORY, '../shared');
const OUTPUT = path.join(REPOSITORY, 'docs/regulations.md');

const articles = readSeedArticles((fileName) =>
  readFileSync(path.join(SHARED, 'seeds', fileName), 'utf8'),
);
writeFileSync(OUTPUT, renderRegulationsDoc(articles, ARTICLE_COVERAGE));

const covered = new Set(ARTICLE_COVERAGE.map((c) => `${c.seed}|${c.document ?? ''}|${c.article}`));
const missing = articles.filter((a) => !covered.has(`${a.seed}|${a.document ?? ''}|${a.article}`));
console.log(
  `${path.relative(REPOSITORY, OUTPUT)}: ${articles.length} articles, ${missing.length} without an entry`,
);
if (missing.length > 0) process.exitCode = 1;
