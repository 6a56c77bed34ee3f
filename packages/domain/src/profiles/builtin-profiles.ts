import type { PolicyProfile } from './profile-schema.ts';
import { seed000Profile } from './seed-000.ts';
import { seed001Profile } from './seed-001.ts';
import { seed002Profile } from './seed-002.ts';
import { seed003Profile } from './seed-003.ts';
import { seed004Profile } from './seed-004.ts';
import { nationalBaselineProfile } from './national-baseline.ts';

/** The five regulations the product ships with, one profile each, in seed order. */
export const BUILTIN_PROFILES: readonly PolicyProfile[] = [
  seed000Profile,
  seed001Profile,
  seed002Profile,
  seed003Profile,
  seed004Profile,
];

/**
 * Every profile shipped with the product that an agency can work under or copy: the
 * national baseline (the default of a new agency) and the five regulations.
 */
export const STANDARD_PROFILES: readonly PolicyProfile[] = [
  nationalBaselineProfile,
  ...BUILTIN_PROFILES,
];

export function standardProfile(id: string): PolicyProfile | undefined {
  return STANDARD_PROFILES.find((profile) => profile.id === id);
}
