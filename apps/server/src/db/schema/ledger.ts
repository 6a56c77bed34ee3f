import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies } from './identity.ts';

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
