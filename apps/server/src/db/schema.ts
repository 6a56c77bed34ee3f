import type { Confidentiality } from '@liuhen/domain';
import type {
  ActType,
  ApprovalKind,
  ApprovalStatus,
  ApprovalStepSpec,
  AvSituation,
  FindingSeverity,
  LaunchMode,
  Procedure,
  RecordTypeId,
  SignatureBlock,
  Stage,
  StepState,
} from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** An approval step as stored: what it asks for and where it stands. */
export type StoredApprovalStep = StepState & Omit<ApprovalStepSpec, 'key'>;

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** 执法机关: the legal subject that enforces. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** 机关代字, the prefix of its case numbers, e.g. 常综执. */
  code: text('code').notNull().unique(),
  /**
   * The policy profile the agency works under (`seed-000`…); null until an administrator
   * chooses one, and no case can be opened before then.
   */
  profileId: text('profile_id'),
  createdAt: createdAt(),
});

/** 承办机构: the unit inside an agency that handles a case. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('departments_agency_name_key').on(table.agencyId, table.name)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    certificateNumber: text('certificate_number'),
    /** Null only for platform administrators, who serve every agency. */
    agencyId: uuid('agency_id').references(() => agencies.id),
    departmentId: uuid('department_id').references(() => departments.id),
    roles: text('roles').array().notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  },
  (table) => [
    index('users_agency_idx').on(table.agencyId),
    uniqueIndex('users_certificate_number_key').on(table.certificateNumber),
    check('users_roles_not_empty', sql`cardinality(${table.roles}) > 0`),
    check(
      'users_department_needs_agency',
      sql`${table.departmentId} is null or ${table.agencyId} is not null`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a stolen database copy yields no usable session. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/**
 * Failed logins per login name, whether or not such a user exists, so that lockout
 * behaves the same for real and made-up names and reveals nothing.
 */
export const loginThrottle = pgTable('login_throttle', {
  usernameKey: text('username_key').primaryKey(),
  failedCount: integer('failed_count').notNull().default(0),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

// ---------------------------------------------------------------------------------------
// Ledger (see apps/server/src/ledger/). Entries, nodes, checkpoints and keys are append-only:
// the database refuses UPDATE, DELETE and TRUNCATE on them (migration 0003).

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres gives a Buffer and PGlite a Uint8Array: both are Uint8Arrays, no copy.
  fromDriver: (value) => value,
});

/** One Merkle log per agency, plus `platform` for acts that belong to no agency. */
export const ledgerLogs = pgTable('ledger_logs', {
  logId: text('log_id').primaryKey(),
  agencyId: uuid('agency_id').references(() => agencies.id),
  hashAlgorithm: text('hash_algorithm').notNull(),
  createdAt: createdAt(),
});

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    logId: text('log_id')
      .notNull()
      .references(() => ledgerLogs.logId),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** The canonical bytes that are hashed; everything else in the row is an index. */
    body: bytea('body').notNull(),
    leafHash: bytea('leaf_hash').notNull(),
    action: text('action').notNull(),
    actorId: uuid('actor_id'),
    target: text('target'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.logId, table.seq] }),
    index('ledger_entries_target_idx').on(table.target),
    index('ledger_entries_actor_idx').on(table.actorId),
  ],
);

/** Hashes of complete, aligned subtrees (level ≥ 4): they never change once complete. */
export const ledgerNodes = pgTable(
  'ledger_nodes',
  {
    logId: text('log_id')
      .notNull()
      .references(() => ledgerLogs.logId),
    level: smallint('level').notNull(),
    index: bigint('idx', { mode: 'number' }).notNull(),
    hash: bytea('hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.logId, table.level, table.index] })],
);

export const ledgerKeys = pgTable('ledger_keys', {
  keyId: text('key_id').primaryKey(),
  algorithm: text('algorithm').notNull(),
  publicKey: text('public_key').notNull(),
  createdAt: createdAt(),
});

export const ledgerCheckpoints = pgTable(
  'ledger_checkpoints',
  {
    logId: text('log_id')
      .notNull()
      .references(() => ledgerLogs.logId),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    rootHash: bytea('root_hash').notNull(),
    /** The exact signed bytes (checkpoint note); size, root and time are parsed from it. */
    note: bytea('note').notNull(),
    signature: bytea('signature').notNull(),
    keyId: text('key_id')
      .notNull()
      .references(() => ledgerKeys.keyId),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.logId, table.treeSize] })],
);

/**
 * Events recorded inside a business transaction wait here until the sequencer gives them
 * a place in the log; so an act and its trace commit together or not at all.
 */
export const ledgerOutbox = pgTable('ledger_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  logId: text('log_id').notNull(),
  event: jsonb('event').notNull(),
  createdAt: createdAt(),
});

/** Each run of the scheduled re-verification; a failed one is an alarm until a later run passes. */
export const ledgerScrubs = pgTable('ledger_scrubs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  ok: boolean('ok').notNull(),
  entriesChecked: bigint('entries_checked', { mode: 'number' }).notNull(),
  failedLogId: text('failed_log_id'),
  failedSeq: bigint('failed_seq', { mode: 'number' }),
  message: text('message'),
});

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

// ---------------------------------------------------------------------------------------
// Approvals (see apps/server/src/approvals/). A request holds where the approval stands
// (@liuhen/domain ApprovalState); every act on it is a row of approval_actions, append-only.

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

/**
 * The findings of each case as last computed (derived, not an original): replaced whenever
 * the case changes and by the periodic refresh as deadlines pass, so that findings can be
 * listed and filtered across cases without running every rule on every request.
 */
export const caseFindings = pgTable(
  'case_findings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null for a finding about a docked camera's file that is on no case yet. */
    caseId: uuid('case_id').references(() => cases.id),
    /** The imported file the finding is about, when it is on no case. */
    importedFileId: uuid('imported_file_id').references(() => importedFiles.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    departmentId: uuid('department_id').references(() => departments.id),
    ruleId: text('rule_id').notNull(),
    severity: text('severity').$type<FindingSeverity>().notNull(),
    stage: text('stage').$type<Stage>(),
    subjectId: text('subject_id'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    message: text('message').notNull(),
    citations: jsonb('citations').$type<Record<string, string>[]>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('case_findings_case_idx').on(table.caseId),
    index('case_findings_agency_severity_idx').on(table.agencyId, table.severity),
    index('case_findings_due_idx').on(table.dueAt),
    index('case_findings_imported_file_idx').on(table.importedFileId),
    check(
      'case_findings_about_case_or_file',
      sql`(${table.caseId} is null) <> (${table.importedFileId} is null)`,
    ),
  ],
);

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
    /** How it arrived: an upload (tus) or a collection-station import. */
    source: text('source').$type<'upload' | 'station_import'>().notNull(),
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

/** An interruption as stored (@liuhen/domain RecordingInterruption plus the reason code). */
export interface StoredInterruption {
  readonly reason: 'device_fault' | 'battery' | 'storage' | 'weather' | 'obstruction' | 'other';
  readonly from: string;
  readonly resumedAt?: string;
  readonly note?: string;
  readonly reportedTo?: string;
  readonly reportedAt?: string;
  readonly writtenExplanation?: string;
}

/**
 * AV records (音像记录): what a stored recording shows and how it was made. Append-only;
 * an amendment (a late interruption note, the evidence note) is a new version superseding
 * the old one with a reason. The recording itself is the evidence object and never changes.
 */
export const avRecords = pgTable(
  'av_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The first version's id: what stays the same across amendments. */
    avRecordId: uuid('av_record_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    evidenceObjectId: uuid('evidence_object_id')
      .notNull()
      .references(() => evidenceObjects.id),
    kind: text('kind').$type<'video' | 'audio' | 'photo' | 'cctv'>().notNull(),
    stage: text('stage').$type<Stage>().notNull(),
    situations: text('situations').array().$type<AvSituation[]>().notNull(),
    /** The text record it accompanies. */
    recordId: uuid('record_id').references(() => caseRecords.id),
    /** The standard name (004 音像记录名称标识) and its parts. */
    name: text('name').notNull(),
    sequence: integer('sequence').notNull(),
    content: text('content').notNull(),
    makerId: uuid('maker_id')
      .notNull()
      .references(() => users.id),
    deviceSerial: text('device_serial'),
    recordingStartedAt: timestamp('recording_started_at', { withTimezone: true }).notNull(),
    recordingEndedAt: timestamp('recording_ended_at', { withTimezone: true }).notNull(),
    returnedToUnitAt: timestamp('returned_to_unit_at', { withTimezone: true }),
    place: text('place').notNull(),
    personsPresent: jsonb('persons_present').$type<string[]>().notNull(),
    /** 时间、地点、执法人员、事由、正在录音录像 announced at the start. */
    announcementMade: boolean('announcement_made').notNull(),
    interruptions: jsonb('interruptions').$type<StoredInterruption[]>().notNull(),
    usedAsEvidence: boolean('used_as_evidence').notNull(),
    evidenceNoteRecordId: uuid('evidence_note_record_id').references(() => caseRecords.id),
    supersedesId: uuid('supersedes_id'),
    amendmentReason: text('amendment_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (table) => [
    index('av_records_case_idx').on(table.caseId),
    index('av_records_object_idx').on(table.evidenceObjectId),
    uniqueIndex('av_records_supersedes_key').on(table.supersedesId),
    check(
      'av_records_amendment_has_reason',
      sql`(${table.supersedesId} is null) = (${table.amendmentReason} is null)`,
    ),
  ],
);

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

// ---------------------------------------------------------------------------------------
// Preferences

/** A user's named filter set on a list (saved views). A preference: changed and deleted freely. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Which list it filters: `cases` or `findings`. */
    list: text('list').$type<'cases' | 'findings'>().notNull(),
    name: text('name').notNull(),
    /** The list's filter values, as its query string would carry them. */
    query: jsonb('query').$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('saved_views_user_list_name_key').on(table.userId, table.list, table.name),
  ],
);

// ---------------------------------------------------------------------------------------
// Body cameras and the collection station (see apps/server/src/body-cameras/, station-import/).

/** 执法记录仪: a body camera of the agency, known by the serial it writes into its files. */
export const bodyCameras = pgTable(
  'body_cameras',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    serial: text('serial').notNull(),
    model: text('model'),
    label: text('label'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('body_cameras_agency_serial_key').on(table.agencyId, table.serial)],
);

/**
 * Who held a camera from when (领用/归还). Append-only: automatic matches rest on it, so a
 * past assignment is never rewritten; a mistake is corrected by a later entry.
 */
export const bodyCameraAssignments = pgTable(
  'body_camera_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyCameraId: uuid('body_camera_id')
      .notNull()
      .references(() => bodyCameras.id),
    /** Null: returned; nobody holds it from `from` on. */
    holderId: uuid('holder_id').references(() => users.id),
    from: timestamp('from', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (table) => [index('body_camera_assignments_camera_from_idx').on(table.bodyCameraId, table.from)],
);

/**
 * A file docked from a camera at the collection station (`liuhen import`). Append-only: one
 * per stored object and agency, so importing the same folder again finds it.
 */
export const importedFiles = pgTable(
  'imported_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    evidenceObjectId: uuid('evidence_object_id')
      .notNull()
      .references(() => evidenceObjects.id),
    deviceSerial: text('device_serial').notNull(),
    bodyCameraId: uuid('body_camera_id').references(() => bodyCameras.id),
    /** Who held the camera when the recording began, by the assignments. */
    holderId: uuid('holder_id').references(() => users.id),
    /** The path under the docked folder, as the station saw it. */
    originalPath: text('original_path').notNull(),
    fileModifiedAt: timestamp('file_modified_at', { withTimezone: true }),
    capturedFrom: timestamp('captured_from', { withTimezone: true }),
    capturedUntil: timestamp('captured_until', { withTimezone: true }),
    importedBy: uuid('imported_by')
      .notNull()
      .references(() => users.id),
    importedAt: createdAt(),
  },
  (table) => [
    uniqueIndex('imported_files_agency_object_key').on(table.agencyId, table.evidenceObjectId),
    index('imported_files_agency_imported_idx').on(table.agencyId, table.importedAt),
  ],
);

export type PlacementKind = 'automatic' | 'manual' | 'unmatched' | 'dismissed';

/**
 * Where an imported file was put and why: by the matcher, by a person onto a case, left
 * unassigned, or set aside (误录 / 与执法无关). Append-only; the newest entry is the current
 * placement, the rest its history.
 */
export const importedFilePlacements = pgTable(
  'imported_file_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    importedFileId: uuid('imported_file_id')
      .notNull()
      .references(() => importedFiles.id),
    /** Orders the placements of one file; the unique key makes concurrent decisions collide. */
    sequence: integer('sequence').notNull(),
    kind: text('kind').$type<PlacementKind>().notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    dismissal: text('dismissal').$type<'accidental' | 'unrelated'>(),
    basis: text('basis').notNull(),
    reason: text('reason'),
    candidateCaseIds: jsonb('candidate_case_ids').$type<string[]>().notNull(),
    /** Null: decided by the matcher. */
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: createdAt(),
  },
  (table) => [
    uniqueIndex('imported_file_placements_sequence_key').on(table.importedFileId, table.sequence),
    index('imported_file_placements_case_idx').on(table.caseId),
    check(
      'imported_file_placements_case_kind',
      sql`(${table.caseId} is not null) = (${table.kind} in ('automatic', 'manual'))`,
    ),
    check(
      'imported_file_placements_dismissal_kind',
      sql`(${table.dismissal} is not null) = (${table.kind} = 'dismissed')`,
    ),
  ],
);

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
