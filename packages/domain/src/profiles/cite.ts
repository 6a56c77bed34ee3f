import type { SeedId } from '../citation/citation.ts';
import type { AvSituation } from '../records/av-situation.ts';
import type { CitedItem, MandatoryAvItem, ProfileCitation } from './profile-schema.ts';

/** Keeps the built-in profiles short: `const at = citeIn('003')`, then `at('第十条')`. */
export function citeIn(seed: SeedId, document?: string): (article: string) => ProfileCitation {
  return (article) => (document === undefined ? { seed, article } : { seed, article, document });
}

/** A list whose entries all come from one article. */
export function itemsAt(citation: ProfileCitation, values: readonly string[]): CitedItem[] {
  return values.map((value) => ({ value, citation }));
}

/** One mandatory-AV item and the situations that trigger it. */
export function avItem(
  citation: ProfileCitation,
  value: string,
  situations?: readonly AvSituation[],
): MandatoryAvItem {
  return situations === undefined
    ? { value, citation }
    : { value, citation, situations: [...situations] };
}
