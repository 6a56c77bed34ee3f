import type { PolicyProfile } from '@liuhen/domain';
import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';

// ---------------------------------------------------------------------------------------
// Agency profiles (see apps/server/src/profiles/). An agency copies a standard profile and
// edits it; every save is a new version beside the old ones, which are never changed
// (append-only, made so in the migration), because a case keeps the version it was opened
// under and its findings must be reproducible from it.

/** One saved version of an agency's own profile. */
export const agencyProfileVersions = pgTable(
  'agency_profile_versions',
  {
    /** The profile's id (`agency-…`), the same in every version and in `agencies.profile_id`. */
    profileId: text('profile_id').notNull(),
    /** 1 for the copy, then one more per save. */
    version: integer('version').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The standard profile it was copied from (`seed-003`, `national-baseline`). */
    basedOn: text('based_on').notNull(),
    /** The whole profile as validated by `policyProfileSchema`. */
    profile: jsonb('profile').$type<PolicyProfile>().notNull(),
    /** Why this version was saved, as the editor wrote it. */
    note: text('note').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.profileId, table.version] }),
    index('agency_profile_versions_agency_idx').on(table.agencyId),
  ],
);
