import {
  bigint,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, users } from './identity.ts';

// ---------------------------------------------------------------------------------------
// Evidence (see apps/server/src/evidence/, uploads/, av-records/). The bytes live in the
// evidence store, content-addressed and write-once; these tables say what was stored, by
// whom and when (the moment AV storage deadlines are measured against), and what it shows.

/** Media facts read from the file (ffprobe), when a reader was available. */
export interface StoredMediaInfo {
  readonly durationSeconds?: number;
  readonly videoCodec?: string;
  readonly audioCodec?: string;
  readonly width?: number;
  readonly height?: number;
  readonly formatName?: string;
  /** The creation time written by the device, ISO 8601, when present. */
  readonly capturedAt?: string;
}

/**
 * One object received into the evidence store (专用存储器) for an agency. Append-only: a
 * stored original is never changed; the same bytes received twice are one row.
 */
export const evidenceObjects = pgTable(
  'evidence_objects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    sha256: text('sha256').notNull(),
    sm3: text('sm3').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** The store's key (content address); the same for every agency holding these bytes. */
    storageKey: text('storage_key').notNull(),
    /** The media type declared by the sender, e.g. video/mp4. */
    mediaType: text('media_type').notNull(),
    /** The file name on the device or computer it came from. */
    originalName: text('original_name').notNull(),
    /** How it arrived: an upload (tus), a collection-station import, an issued document, a signature. */
    source: text('source')
      .$type<'upload' | 'station_import' | 'issued_document' | 'signature'>()
      .notNull(),
    /** What ffprobe read from the file when it arrived; null when it is not media or no reader. */
    media: jsonb('media').$type<StoredMediaInfo>(),
    storedBy: uuid('stored_by')
      .notNull()
      .references(() => users.id),
    storedAt: timestamp('stored_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('evidence_objects_agency_sha256_key').on(table.agencyId, table.sha256),
    index('evidence_objects_sm3_idx').on(table.sm3),
  ],
);
