import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { users } from './identity.ts';
import { caseRecords, cases } from './cases.ts';
import { evidenceObjects } from './evidence.ts';

/**
 * Scans and photos attached to a text record (the signed paper original, a photo of the
 * scene), stored in the evidence store like recordings. Append-only: an attachment is never
 * taken off a record; a wrong one is explained by a correction of the record.
 */
export const recordAttachments = pgTable(
  'record_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    recordId: uuid('record_id')
      .notNull()
      .references(() => caseRecords.id),
    evidenceObjectId: uuid('evidence_object_id')
      .notNull()
      .references(() => evidenceObjects.id),
    /** What it is, e.g. 询问笔录签字页扫描件. */
    description: text('description').notNull(),
    attachedBy: uuid('attached_by')
      .notNull()
      .references(() => users.id),
    attachedAt: createdAt(),
  },
  (table) => [
    index('record_attachments_record_idx').on(table.recordId),
    uniqueIndex('record_attachments_record_object_key').on(table.recordId, table.evidenceObjectId),
  ],
);
