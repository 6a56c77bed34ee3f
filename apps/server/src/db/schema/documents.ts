import type { DocumentTemplate, RecordTypeId } from '@liuhen/domain';
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases, caseRecords } from './cases.ts';
import { evidenceObjects } from './evidence.ts';
import { agencies, users } from './identity.ts';

// ---------------------------------------------------------------------------------------
// Documents (执法文书, apps/server/src/documents/). A record becomes a document by issuing:
// a 文号 from the agency's gap-free sequence, the PDF stored write-once as an evidence
// object, the digests on the ledger. Settings and templates are versioned, never edited.

/** An agency's document settings, one row per saved version (append-only). */
export const documentSettings = pgTable(
  'document_settings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    version: integer('version').notNull(),
    /** 发文机关标志 and 落款: the agency's full name as on its seal. */
    masthead: text('masthead').notNull(),
    /** 文号 pattern by kind, where the agency set one (else the default from its 机关代字). */
    numberPatterns: jsonb('number_patterns')
      .$type<Partial<Record<RecordTypeId, string>>>()
      .notNull(),
    /** 复议机关 (行政复议法 2023: usually the people's government at the same level). */
    reconsiderationBody: text('reconsideration_body').notNull(),
    /** The court a suit goes to (行政诉讼法 第十八条: where the agency is). */
    court: text('court').notNull(),
    /** 缴款方式: bank, account or the 非税收入 e-payment the party uses. */
    paymentInstructions: text('payment_instructions').notNull(),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('document_settings_agency_version_key').on(table.agencyId, table.version),
  ],
);

/** An agency's own template of a kind, one row per saved version (append-only). */
export const documentTemplates = pgTable(
  'document_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind').$type<RecordTypeId>().notNull(),
    version: integer('version').notNull(),
    template: jsonb('template').$type<DocumentTemplate>().notNull(),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('document_templates_agency_kind_version_key').on(
      table.agencyId,
      table.kind,
      table.version,
    ),
  ],
);

/**
 * The last 文号 sequence taken per agency, kind and year. Taken inside the issuing
 * transaction with the row locked: a failed issue rolls its number back, so the numbers
 * that exist are 1…n with no gap, and two issuers never get the same one.
 */
export const documentNumberCounters = pgTable(
  'document_number_counters',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind').$type<RecordTypeId>().notNull(),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyId, table.kind, table.year] })],
);

/** An issued document (append-only): what was issued, its number and its stored PDF. */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    recordId: uuid('record_id')
      .notNull()
      .references(() => caseRecords.id),
    kind: text('kind').$type<RecordTypeId>().notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    evidenceObjectId: uuid('evidence_object_id')
      .notNull()
      .references(() => evidenceObjects.id),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    pageCount: integer('page_count').notNull(),
    /** Printed under the QR code; the public verification page's key. */
    verificationCode: text('verification_code').notNull(),
    templateVersion: integer('template_version'),
    /** The agency's document settings version; null: issued under the defaults. */
    settingsVersion: integer('settings_version'),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('issued_documents_sequence_key').on(
      table.agencyId,
      table.kind,
      table.year,
      table.sequence,
    ),
    uniqueIndex('issued_documents_verification_code_key').on(table.verificationCode),
    index('issued_documents_case_idx').on(table.caseId, table.issuedAt),
    index('issued_documents_record_idx').on(table.recordId),
    index('issued_documents_sha256_idx').on(table.sha256),
  ],
);

/** 作废: a document withdrawn after issue. Its number stays taken; the void is itself recorded. */
export const documentVoids = pgTable('document_voids', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => issuedDocuments.id),
  reason: text('reason').notNull(),
  voidedBy: uuid('voided_by')
    .notNull()
    .references(() => users.id),
  voidedAt: timestamp('voided_at', { withTimezone: true }).notNull(),
});
