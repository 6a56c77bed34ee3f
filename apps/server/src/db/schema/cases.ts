import type {
  Confidentiality,
  ActType,
  AvSituation,
  LaunchMode,
  Procedure,
  RecordTypeId,
  SignatureBlock,
  Stage,
} from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
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
import { createdAt } from './columns.ts';
import { agencies, departments, users } from './identity.ts';

// ---------------------------------------------------------------------------------------
// Cases (see apps/server/src/cases/). A case row holds where the case stands now; what
// happened is in case_events and what was written in case_records, both append-only.

/** 案件 / 执法事项. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** The profile in force when the case was opened; it stays with the case. */
    profileId: text('profile_id').notNull(),
    /**
     * For an agency's own profile, the version in force when the case was opened (later
     * edits do not reach it); null for a standard profile, which has one version.
     */
    profileVersion: integer('profile_version'),
    caseNumber: text('case_number').notNull(),
    numberCategory: text('number_category').notNull(),
    numberYear: integer('number_year').notNull(),
    numberSequence: integer('number_sequence').notNull(),
    name: text('name').notNull(),
    actType: text('act_type').$type<ActType>().notNull(),
    procedure: text('procedure').$type<Procedure>().notNull(),
    launchMode: text('launch_mode').$type<LaunchMode>().notNull(),
    stage: text('stage').$type<Stage>().notNull(),
    majorDecision: boolean('major_decision').notNull().default(false),
    /** 普通, 个人隐私, 商业秘密; state secrets are never stored here (000 第十七条). */
    confidentiality: text('confidentiality').$type<Confidentiality>().notNull().default('ordinary'),
    complainantRealName: boolean('complainant_real_name'),
    /** Validated parties (@liuhen/domain createPartySchema), in the order entered. */
    parties: jsonb('parties').notNull(),
    /** Set when the case was closed because it was opened in error; never deleted. */
    closedInErrorAt: timestamp('closed_in_error_at', { withTimezone: true }),
    closedInErrorReason: text('closed_in_error_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('cases_agency_number_key').on(table.agencyId, table.caseNumber),
    uniqueIndex('cases_agency_sequence_key').on(
      table.agencyId,
      table.numberCategory,
      table.numberYear,
      table.numberSequence,
    ),
    index('cases_agency_stage_idx').on(table.agencyId, table.stage),
  ],
);

/**
 * The last case-number sequence used per agency, category and year. Incremented inside the
 * transaction that opens the case, so a rolled-back opening gives its number back and two
 * concurrent openings queue on the row: no duplicates, no gaps.
 */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    category: text('category').notNull(),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyId, table.category, table.year] })],
);

/** The officers on a case, with name and certificate as they were when assigned. */
export const caseOfficers = pgTable(
  'case_officers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<'handler' | 'assisting'>().notNull(),
    name: text('name').notNull(),
    certificateNumber: text('certificate_number'),
    assignedAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.caseId, table.userId] }),
    index('case_officers_user_idx').on(table.userId),
  ],
);

/** What happened to a case (@liuhen/domain CaseEvent), in order. Append-only. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    data: jsonb('data').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    recordedAt: createdAt(),
  },
  (table) => [index('case_events_case_idx').on(table.caseId, table.id)],
);

/**
 * Text records (文字记录), sealed when saved: append-only. A correction is a new row that
 * supersedes the old one, with a reason; both stay visible.
 */
export const caseRecords = pgTable(
  'case_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').$type<RecordTypeId>().notNull(),
    /** When the act the record documents took place (the document's own date). */
    madeAt: timestamp('made_at', { withTimezone: true }).notNull(),
    fields: jsonb('fields').notNull(),
    signature: jsonb('signature').$type<SignatureBlock>(),
    situations: text('situations').array().$type<AvSituation[]>().notNull(),
    /** 密级 of this record, when stricter than its case's (a third party's trade secret). */
    confidentiality: text('confidentiality').$type<Confidentiality>().notNull().default('ordinary'),
    supersedesId: uuid('supersedes_id'),
    correctionReason: text('correction_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (table) => [
    index('case_records_case_idx').on(table.caseId),
    // A version is superseded at most once: two concurrent corrections cannot both win.
    uniqueIndex('case_records_supersedes_key').on(table.supersedesId),
    check(
      'case_records_correction_has_reason',
      sql`(${table.supersedesId} is null) = (${table.correctionReason} is null)`,
    ),
  ],
);
