import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { issuedDocuments } from './documents.ts';
import { agencies, users } from './identity.ts';

// ---------------------------------------------------------------------------------------
// 电子送达 (apps/server/src/deliveries/): an issued document sent as a link to the party's
// agreed address; the first opening through the link is the moment of service.

/** One electronic service of an issued document (append-only). */
export const electronicDeliveries = pgTable(
  'electronic_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => issuedDocuments.id),
    recipientName: text('recipient_name').notNull(),
    address: text('address').notNull(),
    consent: text('consent').notNull(),
    /** SHA-256 of the link's token: the token itself is only ever in the link. */
    tokenSha256: text('token_sha256').notNull(),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('electronic_deliveries_token_key').on(table.tokenSha256),
    index('electronic_deliveries_document_idx').on(table.documentId, table.sentAt),
  ],
);

/** When (and from where) the party first opened the document: one row, never changed. */
export const deliveryReceipts = pgTable('delivery_receipts', {
  deliveryId: uuid('delivery_id')
    .primaryKey()
    .references(() => electronicDeliveries.id),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
});
