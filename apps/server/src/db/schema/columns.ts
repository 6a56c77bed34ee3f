import { timestamp } from 'drizzle-orm/pg-core';

/** The moment a row was written, set by the database. */
export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
