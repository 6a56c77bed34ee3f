import type { ApprovalKind, ApprovalStatus, ApprovalStepSpec, StepState } from '@liuhen/domain';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { users } from './identity.ts';
import { caseRecords, cases } from './cases.ts';

// ---------------------------------------------------------------------------------------
// Approvals (see apps/server/src/approvals/). A request holds where the approval stands
// (@liuhen/domain ApprovalState); every act on it is a row of approval_actions, append-only.

/** An approval step as stored: what it asks for and where it stands. */
export type StoredApprovalStep = StepState & Omit<ApprovalStepSpec, 'key'>;

/** 审批: a launch approval form or a draft decision put up for the chain's approval. */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').$type<ApprovalKind>().notNull(),
    subjectRecordId: uuid('subject_record_id')
      .notNull()
      .references(() => caseRecords.id),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    status: text('status').$type<ApprovalStatus>().notNull(),
    currentStep: integer('current_step').notNull(),
    /** The steps' specs and states, as @liuhen/domain approvalChainFor / StepState. */
    steps: jsonb('steps').$type<StoredApprovalStep[]>().notNull(),
    /** Bumped by every act: an act that names an older version lost a race (409). */
    version: integer('version').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // One request per case and kind: a returned one is resubmitted, not duplicated.
    uniqueIndex('approval_requests_case_kind_key').on(table.caseId, table.kind),
    index('approval_requests_status_idx').on(table.status),
  ],
);

export const approvalActions = pgTable(
  'approval_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => approvalRequests.id),
    stepIndex: integer('step_index').notNull(),
    action: text('action').notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    targetUserId: uuid('target_user_id').references(() => users.id),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [index('approval_actions_request_idx').on(table.requestId, table.id)],
);
