import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** 执法机关: the legal subject that enforces. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** 机关代字, the prefix of its case numbers, e.g. 常综执. */
  code: text('code').notNull().unique(),
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

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a stolen database copy yields no usable session. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/**
 * Failed logins per login name, whether or not such a user exists, so that lockout
 * behaves the same for real and made-up names and reveals nothing.
 */
export const loginThrottle = pgTable('login_throttle', {
  usernameKey: text('username_key').primaryKey(),
  failedCount: integer('failed_count').notNull().default(0),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

// ---------------------------------------------------------------------------------------
// Ledger (see apps/server/src/ledger/). Entries, nodes, checkpoints and keys are append-only:
// the database refuses UPDATE, DELETE and TRUNCATE on them (migration 0003).

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres gives a Buffer and PGlite a Uint8Array: both are Uint8Arrays, no copy.
  fromDriver: (value) => value,
});

/** One Merkle log per agency, plus `platform` for acts that belong to no agency. */
export const ledgerLogs = pgTable('ledger_logs', {
  logId: text('log_id').primaryKey(),
  agencyId: uuid('agency_id').references(() => agencies.id),
  hashAlgorithm: text('hash_algorithm').notNull(),
  createdAt: createdAt(),
});

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    logId: text('log_id')
      .notNull()
      .references(() => ledgerLogs.logId),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** The canonical bytes that are hashed; everything else in the row is an index. */
    body: bytea('body').notNull(),
    leafHash: bytea('leaf_hash').notNull(),
    action: text('action').notNull(),
    actorId: uuid('actor_id'),
    target: text('target'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.logId, table.seq] }),
    index('ledger_entries_target_idx').on(table.target),
    index('ledger_entries_actor_idx').on(table.actorId),
  ],
);

/** Hashes of complete, aligned subtrees (level ≥ 4): they never change once complete. */
export const ledgerNodes = pgTable(
  'ledger_nodes',
  {
    logId: text('log_id')
      .notNull()
      .references(() => ledgerLogs.logId),
    level: smallint('level').notNull(),
    index: bigint('idx', { mode: 'number' }).notNull(),
    hash: bytea('hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.logId, table.level, table.index] })],
);

export const ledgerKeys = pgTable('ledger_keys', {
  keyId: text('key_id').primaryKey(),
  algorithm: text('algorithm').notNull(),
  publicKey: text('public_key').notNull(),
  createdAt: createdAt(),
});

export const ledgerCheckpoints = pgTable(
  'ledger_checkpoints',
  {
    logId: text('log_id')
      .notNull()
      .references(() => ledgerLogs.logId),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    rootHash: bytea('root_hash').notNull(),
    /** The exact signed bytes (checkpoint note); size, root and time are parsed from it. */
    note: bytea('note').notNull(),
    signature: bytea('signature').notNull(),
    keyId: text('key_id')
      .notNull()
      .references(() => ledgerKeys.keyId),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.logId, table.treeSize] })],
);

/**
 * Events recorded inside a business transaction wait here until the sequencer gives them
 * a place in the log; so an act and its trace commit together or not at all.
 */
export const ledgerOutbox = pgTable('ledger_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  logId: text('log_id').notNull(),
  event: jsonb('event').notNull(),
  createdAt: createdAt(),
});

/** Each run of the scheduled re-verification; a failed one is an alarm until a later run passes. */
export const ledgerScrubs = pgTable('ledger_scrubs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  ok: boolean('ok').notNull(),
  entriesChecked: bigint('entries_checked', { mode: 'number' }).notNull(),
  failedLogId: text('failed_log_id'),
  failedSeq: bigint('failed_seq', { mode: 'number' }),
  message: text('message'),
});
