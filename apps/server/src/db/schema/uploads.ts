import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';
import { evidenceObjects } from './evidence.ts';

export type UploadStatus = 'receiving' | 'completed' | 'rejected' | 'terminated';

/**
 * A resumable upload (tus 1.0) in progress or finished. Mutable working state, not an
 * original: the original is the evidence object it ends in. `durable_offset` only moves
 * after the received bytes were fsynced, so a resumed upload never relies on bytes a crash
 * could have lost.
 */
export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    lengthBytes: bigint('length_bytes', { mode: 'number' }).notNull(),
    durableOffset: bigint('durable_offset', { mode: 'number' }).notNull().default(0),
    /** The Upload-Metadata pairs, decoded. */
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
    declaredAlgorithm: text('declared_algorithm').$type<'sha256' | 'sm3'>().notNull(),
    declaredDigest: text('declared_digest').notNull(),
    status: text('status').$type<UploadStatus>().notNull(),
    rejectionType: text('rejection_type'),
    rejectionDetail: text('rejection_detail'),
    evidenceObjectId: uuid('evidence_object_id').references(() => evidenceObjects.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('uploads_agency_status_idx').on(table.agencyId, table.status)],
);
