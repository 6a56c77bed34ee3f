import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  bigserial,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies } from './identity.ts';

// ---------------------------------------------------------------------------------------
// Integrity (see apps/server/src/integrity/): the re-proving of originals. These tables are
// operational state, not originals: the scrub's progress moves, an alarm is cleared when
// the subject proves intact again. What was found is also on the ledger.

/**
 * The evidence re-hash: one row per scrub (`evidence`). The cursor is the last storage key
 * re-hashed in the current pass, so a restarted server goes on from there.
 */
export const integrityScrubState = pgTable('integrity_scrub_state', {
  name: text('name').primaryKey(),
  /** Null between passes. */
  passStartedAt: timestamp('pass_started_at', { withTimezone: true }),
  cursor: text('cursor'),
  objectsChecked: integer('objects_checked').notNull().default(0),
  bytesChecked: bigint('bytes_checked', { mode: 'number' }).notNull().default(0),
  objectsFailed: integer('objects_failed').notNull().default(0),
  lastPassStartedAt: timestamp('last_pass_started_at', { withTimezone: true }),
  lastPassFinishedAt: timestamp('last_pass_finished_at', { withTimezone: true }),
  lastPassObjects: integer('last_pass_objects'),
  lastPassBytes: bigint('last_pass_bytes', { mode: 'number' }),
  lastPassFailed: integer('last_pass_failed'),
  /** Which server runs the pass, and until when its claim holds without renewal. */
  leaseOwner: text('lease_owner'),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An original found not to be what the ledger holds: evidence bytes that no longer hash to
 * their digests (or are gone), or a sealed row that no longer matches its ledger entry.
 * One row per subject; open while `cleared_at` is null.
 */
export const integrityAlarms = pgTable(
  'integrity_alarms',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** `evidence_object`, `case_record`, `av_record`, `record_attachment`, `approval_action`. */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    /** What was found, for people: the cases, the ledger entry, the digests. */
    details: jsonb('details').notNull(),
    problem: text('problem').notNull(),
    firstDetectedAt: createdAt(),
    lastDetectedAt: timestamp('last_detected_at', { withTimezone: true }).notNull(),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('integrity_alarms_subject_key').on(table.subjectType, table.subjectId),
    index('integrity_alarms_open_idx').on(table.clearedAt),
  ],
);
