import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';

/** 执法机关: the legal subject that enforces. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** 机关代字, the prefix of its case numbers, e.g. 常综执. */
  code: text('code').notNull().unique(),
  /**
   * The policy profile the agency works under (`seed-000`…); null until an administrator
   * chooses one, and no case can be opened before then.
   */
  profileId: text('profile_id'),
  createdAt: createdAt(),
});

/** 承办机构: the unit inside an agency that handles a case. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('departments_agency_name_key').on(table.agencyId, table.name)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    certificateNumber: text('certificate_number'),
    /** Null only for platform administrators, who serve every agency. */
    agencyId: uuid('agency_id').references(() => agencies.id),
    departmentId: uuid('department_id').references(() => departments.id),
    roles: text('roles').array().notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  },
  (table) => [
    index('users_agency_idx').on(table.agencyId),
    uniqueIndex('users_certificate_number_key').on(table.certificateNumber),
    check('users_roles_not_empty', sql`cardinality(${table.roles}) > 0`),
    check(
      'users_department_needs_agency',
      sql`${table.departmentId} is null or ${table.agencyId} is not null`,
    ),
  ],
);
