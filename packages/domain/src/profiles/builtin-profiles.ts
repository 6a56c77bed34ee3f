import type { PolicyProfile } from './profile-schema.ts';
import { seed000Profile } from './seed-000.ts';
import { seed001Profile } from './seed-001.ts';
import { seed002Profile } from './seed-002.ts';
import { seed003Profile } from './seed-003.ts';
import { seed004Profile } from './seed-004.ts';

/** The five regulations the product ships with, one profile each, in seed order. */
export const BUILTIN_PROFILES: readonly PolicyProfile[] = [
  seed000Profile,
  seed001Profile,
  seed002Profile,
  seed003Profile,
  seed004Profile,
];
