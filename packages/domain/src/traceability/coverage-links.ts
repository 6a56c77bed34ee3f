import type { SeedId } from '../citation/citation.ts';
import type { Coverage, RuleId } from './coverage-types.ts';

/** Where docs/regulations.md links each kind of coverage, from the repository root. */
export const ruleSourcePath = (ruleId: RuleId) => `packages/domain/src/rules/${ruleId}.ts`;
export const profileSourcePath = (seed: SeedId) => `packages/domain/src/profiles/seed-${seed}.ts`;
export const CATALOGUE_PATH = 'packages/domain/src/records/catalogue';

/** Every path the document links for one article (coverage.test.ts checks they exist). */
export function linkedPaths(seed: SeedId, coverage: readonly Coverage[]): string[] {
  return coverage.flatMap((c) => {
    switch (c.kind) {
      case 'rule':
        return [ruleSourcePath(c.ruleId)];
      case 'profile':
        return [profileSourcePath(seed)];
      case 'catalogue':
        return [CATALOGUE_PATH];
      case 'feature':
        return [c.where];
      default:
        return [];
    }
  });
}
