import type { ArticleCoverage } from './coverage-types.ts';
import { SEED_000_COVERAGE } from './coverage/seed-000.ts';
import { SEED_001_COVERAGE } from './coverage/seed-001.ts';
import { SEED_002_COVERAGE } from './coverage/seed-002.ts';
import { SEED_003_COVERAGE } from './coverage/seed-003.ts';
import { SEED_004_PUBLICATION_COVERAGE, SEED_004_RECORDING_COVERAGE } from './coverage/seed-004.ts';

export type { ArticleCoverage, Coverage, CoverageKind } from './coverage-types.ts';

/**
 * Every article of every seed with what serves it, read article by article. One entry per
 * article, in the seeds' order; coverage.test.ts holds it to the parsed seed texts, the
 * rules, the built-in profiles and docs/regulations.md.
 */
export const ARTICLE_COVERAGE: readonly ArticleCoverage[] = [
  ...SEED_000_COVERAGE,
  ...SEED_001_COVERAGE,
  ...SEED_002_COVERAGE,
  ...SEED_003_COVERAGE,
  ...SEED_004_PUBLICATION_COVERAGE,
  ...SEED_004_RECORDING_COVERAGE,
];
