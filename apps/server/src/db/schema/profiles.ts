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

/** 音像记录事项清单 as a document: what the agency shows the public and prints. */
export interface StoredAvItemList {
  readonly agencyName: string;
  readonly profileId: string;
  readonly profileName: string;
  /** The agency's own version, or null for a standard profile. */
  readonly version: number | null;
  /** When that version was saved (null for a standard profile). */
  readonly savedAt: string | null;
  readonly items: readonly {
    readonly value: string;
    readonly citation: string;
    /** How the platform recognises it; empty when it is shown but not checked. */
    readonly situations: readonly string[];
  }[];
}

/**
 * 音像记录事项清单 published (003 第十八条 "向社会公开"): what the agency head made public,
 * as it read then, with its SHA-256 (also in the ledger). The public page shows the newest;
 * rows are never changed (append-only, made so in the migration).
 */
export const avItemListPublications = pgTable(
  'av_item_list_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The profile the list came from (`seed-003`, `agency-…`) and its version (own only). */
    profileId: text('profile_id').notNull(),
    profileVersion: integer('profile_version'),
    /** The list as published, so the page keeps showing it whatever changes afterwards. */
    list: jsonb('list').$type<StoredAvItemList>().notNull(),
    /** SHA-256 (hex) of the list's canonical JSON. */
    sha256: text('sha256').notNull(),
    publishedBy: uuid('published_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [index('av_item_list_publications_agency_idx').on(table.agencyId, table.createdAt)],
);
