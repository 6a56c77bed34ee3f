import type { SeedId } from '../../citation/citation.ts';
import type { PolicyProfile, ProfileCitation } from '../../profiles/profile-schema.ts';

/**
 * Where a duty has no number, the profile schema has no key for it, so the article that
 * imposes it is found by the regulation the profile follows (`profile.seed`, which an
 * agency's copy keeps). A seed missing from the table is silent on the duty.
 */
export type SeedCitations = Readonly<Partial<Record<SeedId, readonly ProfileCitation[]>>>;

export function citationsUnder(
  profile: PolicyProfile,
  table: SeedCitations,
): readonly ProfileCitation[] {
  // The national baseline follows no seed: no seed's article applies to it.
  return profile.seed === undefined ? [] : (table[profile.seed] ?? []);
}

/** Every article of a table, for a rule's `citations`. */
export function everyCitationIn(...tables: readonly SeedCitations[]): ProfileCitation[] {
  return tables.flatMap((table) => Object.values(table).flat());
}
