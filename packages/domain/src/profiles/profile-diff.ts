import type { PolicyProfile } from './profile-schema.ts';

/** The top-level keys whose values differ between two profiles, in the order of `after`. */
export function changedProfileKeys(before: PolicyProfile, after: PolicyProfile): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter(
    (key) =>
      JSON.stringify((before as Record<string, unknown>)[key]) !==
      JSON.stringify((after as Record<string, unknown>)[key]),
  );
}
