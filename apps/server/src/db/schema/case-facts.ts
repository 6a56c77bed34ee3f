import type { CaseFactsContent } from '@liuhen/domain';
import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { createdAt } from './columns.ts';
import { agencies, users } from './identity.ts';

/**
 * 案件事实 (see apps/server/src/case-facts/): each saved version of a case's facts, the newest
 * current. Append-only (made so in the migration): a document issued from one version keeps
 * pointing at what it said.
 */
export const caseFactsVersions = pgTable(
  'case_facts_versions',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The facts as validated, amounts in 分, powers named by (id, version). */
    content: jsonb('content').$type<CaseFactsContent>().notNull(),
    /** SHA-256 (hex) of the content's canonical JSON, as in the ledger entry. */
    sha256: text('sha256').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.caseId, table.version] }),
    index('case_facts_versions_agency_idx').on(table.agencyId),
  ],
);
