import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { users } from './identity.ts';

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
