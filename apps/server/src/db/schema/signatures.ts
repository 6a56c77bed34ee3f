import type { SignatureRole } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseRecords, cases } from './cases.ts';
import { evidenceObjects } from './evidence.ts';
import { users } from './identity.ts';

/** How a signature came in: drawn on a screen, or a scan of paper (指印、印章). */
export type SignatureMethod = 'screen' | 'scan';

/**
 * Signatures on a record (apps/server/src/signatures/): the image is an original in the
 * write-once evidence store; this row says whose signature it is, on which line of the
 * record's document, how and by whom it was taken. Append-only. Signing again for the same
 * line adds a row that supersedes the last one: the newest counts, both are kept.
 */
export const recordSignatures = pgTable(
  'record_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    recordId: uuid('record_id')
      .notNull()
      .references(() => caseRecords.id),
    role: text('role').$type<SignatureRole>().notNull(),
    signerName: text('signer_name').notNull(),
    method: text('method').$type<SignatureMethod>().notNull(),
    evidenceObjectId: uuid('evidence_object_id')
      .notNull()
      .references(() => evidenceObjects.id),
    /** The signature for the same line this one replaces; null for the first. */
    supersedesId: uuid('supersedes_id'),
    capturedBy: uuid('captured_by')
      .notNull()
      .references(() => users.id),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('record_signatures_record_idx').on(table.recordId, table.capturedAt),
    foreignKey({
      name: 'record_signatures_supersedes_id_fk',
      columns: [table.supersedesId],
      foreignColumns: [table.id],
    }),
    // One chain per line: one first signature, and each superseded at most once, so two
    // captures racing for the same line cannot both count.
    uniqueIndex('record_signatures_supersedes_key').on(table.supersedesId),
    uniqueIndex('record_signatures_first_key')
      .on(table.recordId, table.role)
      .where(sql`${table.supersedesId} is null`),
  ],
);
