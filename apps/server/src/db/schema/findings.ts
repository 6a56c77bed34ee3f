import type { FindingSeverity, Stage } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, departments } from './identity.ts';
import { cases } from './cases.ts';
import { importedFiles } from './station-import.ts';

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
