import type { FestivalArrangement, RegionalLayerId } from '@liuhen/domain';
import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';

// ---------------------------------------------------------------------------------------
// Working-day calendar

/**
 * A year of national holidays an administrator entered from the State Council notice, in
 * addition to the years built into packages/domain (holidays-data.ts). One row per year,
 * never updated: a year built in or already entered is refused (docs/decisions.md).
 */
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  notice: text('notice').notNull(),
  documentNumber: text('document_number').notNull(),
  arrangements: jsonb('arrangements').$type<FestivalArrangement[]>().notNull(),
  /** The text as pasted, so the entry can be checked against the notice later. */
  noticeText: text('notice_text').notNull(),
  enteredBy: uuid('entered_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

/**
 * The regional holiday layers an agency counts working days with (宁夏 开斋节、古尔邦节; 德宏
 * 泼水节 …). A setting: the row is replaced when it changes; every change is in the ledger.
 */
export const agencyHolidayLayers = pgTable('agency_holiday_layers', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  layers: jsonb('layers').$type<RegionalLayerId[]>().notNull(),
  setBy: uuid('set_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
