import type { IncidentKind } from '@liuhen/domain';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';

/**
 * 事件: a recording's subject that is not a case (004《行政执法全过程记录制度》第十二条(十)
 * (十一): 重大突发事件、群体性事件, 专项行动). Append-only, as registered: its name labels
 * the recordings placed on it (第十八条 "事件名称"), so it never changes under them.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    kind: text('kind').$type<IncidentKind>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    description: text('description'),
    registeredBy: uuid('registered_by')
      .notNull()
      .references(() => users.id),
    registeredAt: createdAt(),
  },
  (table) => [
    // Two incidents of one name would give their recordings the same label.
    uniqueIndex('incidents_agency_name_key').on(table.agencyId, table.name),
    index('incidents_agency_registered_idx').on(table.agencyId, table.registeredAt),
  ],
);
