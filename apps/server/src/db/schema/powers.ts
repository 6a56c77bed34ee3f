import type { DiscretionLevel, PenaltyKind, PowerCategory } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';

/**
 * 权责清单 (see apps/server/src/powers/): each saved version of an agency's power beside the
 * others. An edit is a new version, 停用 a new version marked withdrawn; rows are never changed
 * or deleted (append-only, made so in the migration), because a case's facts name the
 * (power, version) they were written under.
 */
export const powerVersions = pgTable(
  'power_versions',
  {
    powerId: uuid('power_id').notNull(),
    /** 1 when created, then one more per edit or withdrawal. */
    version: integer('version').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    code: text('code'),
    name: text('name').notNull(),
    category: text('category').$type<PowerCategory>().notNull(),
    provisionViolated: text('provision_violated').notNull(),
    provisionApplied: text('provision_applied').notNull(),
    penaltyKinds: jsonb('penalty_kinds').$type<PenaltyKind[]>().notNull(),
    /** The statutory fine range in 分 (either bound open). */
    fineMin: bigint('fine_min', { mode: 'number' }),
    fineMax: bigint('fine_max', { mode: 'number' }),
    /** 裁量基准, amounts in 分. */
    levels: jsonb('levels').$type<DiscretionLevel[]>().notNull(),
    withdrawn: boolean('withdrawn').notNull(),
    /** Why this version was saved (修改说明, 停用原因), as the administrator wrote it. */
    note: text('note'),
    /** SHA-256 (hex) of the content's canonical JSON, as in the ledger entry. */
    sha256: text('sha256').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.powerId, table.version] }),
    index('power_versions_agency_idx').on(table.agencyId, table.powerId, table.version),
    // Whatever the application checks, the table never holds a negative or inverted range.
    check(
      'power_versions_fine_range',
      sql`(${table.fineMin} is null or ${table.fineMin} >= 0) and (${table.fineMax} is null or ${table.fineMax} >= 0) and (${table.fineMin} is null or ${table.fineMax} is null or ${table.fineMin} <= ${table.fineMax})`,
    ),
  ],
);
