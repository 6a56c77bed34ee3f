import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';
import { cases } from './cases.ts';

// ---------------------------------------------------------------------------------------
// Who may see what (see apps/server/src/access/ and packages/domain/src/access/).

/**
 * Which agencies a supervisor (司法所/司法局) oversees: he reads their cases and never
 * writes. Configuration kept by the platform administrator; every change is on the ledger.
 */
export const supervisions = pgTable(
  'supervisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => users.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('supervisions_supervisor_agency_key').on(table.supervisorId, table.agencyId),
  ],
);

export type AccessRequestKind = 'beyond_permission' | 'external_agency' | 'party_copy';

/**
 * 调阅申请: access beyond one's own permission (approved by the head of the department that
 * collected the material), or for another authority or a party (approved by the agency
 * head). Append-only; the decision and any revocation are rows of their own.
 */
export const accessRequests = pgTable(
  'access_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').$type<AccessRequestKind>().notNull(),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    /**
     * Who the grant lets in: the requester, or for another authority on this platform one of
     * its users (an external request is registered by the agency's clerk on its behalf).
     */
    granteeId: uuid('grantee_id')
      .notNull()
      .references(() => users.id),
    /** For another authority or a party: who asks (公安局、检察院、当事人某某), as written. */
    onBehalfOf: text('on_behalf_of'),
    /** Null: the whole case; else these records, recordings or attachments. */
    subjectIds: jsonb('subject_ids').$type<string[]>(),
    permissions: text('permissions').array().notNull(),
    reason: text('reason').notNull(),
    /** How long the requester asks for; the approver may shorten it. */
    requestedUntil: timestamp('requested_until', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('access_requests_case_idx').on(table.caseId),
    index('access_requests_requester_idx').on(table.requesterId),
    index('access_requests_grantee_idx').on(table.granteeId),
  ],
);

export const accessDecisions = pgTable(
  'access_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => accessRequests.id),
    approved: boolean('approved').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    comment: text('comment'),
    /** For an approval: the grant runs from the decision until then. */
    validUntil: timestamp('valid_until', { withTimezone: true }),
    decidedAt: createdAt(),
  },
  (table) => [
    uniqueIndex('access_decisions_request_key').on(table.requestId),
    check(
      'access_decisions_approval_has_end',
      sql`(${table.approved}) = (${table.validUntil} is not null)`,
    ),
  ],
);

export const accessRevocations = pgTable(
  'access_revocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => accessRequests.id),
    revokedBy: uuid('revoked_by')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    revokedAt: createdAt(),
  },
  (table) => [uniqueIndex('access_revocations_request_key').on(table.requestId)],
);
