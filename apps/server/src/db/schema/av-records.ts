import type { AvSituation, AwayReason, Stage } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { evidenceObjects } from './evidence.ts';

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

/** Damage found while storing the recording (000 第十六条), as stored. */
export interface StoredStorageDamage {
  readonly foundAt: string;
  readonly description: string;
  readonly reportedAt?: string;
  readonly reportedTo?: string;
  readonly writtenNote?: string;
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
    /** 连续工作、异地执法、偏远地区: why storage waited for the return (000 第十六条). */
    awayReason: text('away_reason').$type<AwayReason>(),
    place: text('place').notNull(),
    personsPresent: jsonb('persons_present').$type<string[]>().notNull(),
    /** 时间、地点、执法人员、事由、正在录音录像 announced at the start. */
    announcementMade: boolean('announcement_made').notNull(),
    interruptions: jsonb('interruptions').$type<StoredInterruption[]>().notNull(),
    storageDamage: jsonb('storage_damage').$type<StoredStorageDamage>(),
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
