import type { PolicyProfile } from './profile-schema.ts';

/**
 * JSON with object members sorted: the same profile read back from the database (PostgreSQL's
 * jsonb does not keep member order) has the same text as the one saved.
 */
export function stableProfileJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(
          Object.entries(member as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : member,
  );
}

/** The top-level keys whose values differ between two profiles, in the order of `after`. */
export function changedProfileKeys(before: PolicyProfile, after: PolicyProfile): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter(
    (key) =>
      stableProfileJson((before as Record<string, unknown>)[key]) !==
      stableProfileJson((after as Record<string, unknown>)[key]),
  );
}
