import type { AwayReason } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import {
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
import { agencies, users } from './identity.ts';
import { cases } from './cases.ts';
import { evidenceObjects } from './evidence.ts';
import { bodyCameras } from './body-cameras.ts';
import { incidents } from './incidents.ts';

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
    /**
     * 连续工作、异地执法、偏远地区: the station says the camera comes back from such work, so
     * its files may be stored within the after-return deadline from the docking.
     */
    awayReason: text('away_reason').$type<AwayReason>(),
    /**
     * The camera's clock and the station's, read together at docking (004《全过程记录制度》
     * 第十五条 日期时间设定): every time the file carries is the camera's.
     */
    cameraClockAt: timestamp('camera_clock_at', { withTimezone: true }),
    stationClockAt: timestamp('station_clock_at', { withTimezone: true }),
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

export type PlacementKind = 'automatic' | 'manual' | 'unmatched' | 'dismissed' | 'incident';

/**
 * Where an imported file was put and why: by the matcher, by a person onto a case or an
 * incident (事件), left unassigned, or set aside (误录 / 与执法无关). Append-only; the newest
 * entry is the current placement, the rest its history.
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
    incidentId: uuid('incident_id').references(() => incidents.id),
    /**
     * On an incident: the standard name the file is labelled with there (004 第十八条 事件名称,
     * 音像记录事项清单's “名称+八位日期+两位数序号+承办人姓名+记录内容”), fixed when placed.
     */
    storedName: text('stored_name'),
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
    index('imported_file_placements_incident_idx').on(table.incidentId),
    check(
      'imported_file_placements_incident_kind',
      sql`(${table.incidentId} is not null) = (${table.kind} = 'incident') and (${table.storedName} is not null) = (${table.kind} = 'incident')`,
    ),
    check(
      'imported_file_placements_dismissal_kind',
      sql`(${table.dismissal} is not null) = (${table.kind} = 'dismissed')`,
    ),
  ],
);
