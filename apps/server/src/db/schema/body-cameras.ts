import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';

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
