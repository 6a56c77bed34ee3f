import type { Permission } from '@liuhen/domain';
import { authorizeCase, grantIdOf } from '../access/case-access.ts';
import { hasRole, type Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import type { CaseOfficerRow, CaseRow } from './cases.repository.ts';

/**
 * A case as its reader may see it: 404 when the actor may not know it exists (another
 * agency's id guessed), 403 with the reason inside his own agency. The rules are the access
 * policy's (@liuhen/domain decideAccess); this only names the common questions.
 */
export async function requireReadable(
  db: DbOrTx,
  actor: Actor,
  row: CaseRow | undefined,
  now: Date,
  options: {
    readonly permission?: Permission;
    readonly subjectIds?: readonly string[];
    /** The case's officers when the caller has them already. */
    readonly officers?: readonly CaseOfficerRow[];
  } = {},
): Promise<CaseRow & { readonly grantId: string | null }> {
  const allowed = await authorizeCase(db, actor, options.permission ?? 'case:read', row, {
    now,
    ...(options.subjectIds === undefined ? {} : { subjectIds: options.subjectIds }),
    ...(options.officers === undefined ? {} : { officers: options.officers }),
  });
  return { ...row!, grantId: grantIdOf(allowed) };
}

/** Working on the case: its officers, its department's head, the agency head. */
export async function requireWorker(
  db: DbOrTx,
  actor: Actor,
  row: CaseRow,
  officers: readonly CaseOfficerRow[],
  now: Date,
): Promise<void> {
  await authorizeCase(db, actor, 'case:work', row, { now, officers });
}

/** Opening a case: officers and heads of an agency. */
export function requireCanOpenCase(actor: Actor): string {
  const opens =
    hasRole(actor, 'officer') || hasRole(actor, 'department_head') || hasRole(actor, 'agency_head');
  if (actor.agencyId === null || !opens) {
    throw problems.forbidden('只有执法机关的执法人员或负责人可以启动执法程序。');
  }
  return actor.agencyId;
}

/**
 * A case file closed in error or archived takes nothing more: no attachment, no recording,
 * as with its records.
 */
export function requireOpenCaseFile(row: CaseRow): void {
  if (row.closedInErrorAt !== null) {
    throw problems.conflict(
      'case-closed-in-error',
      '案件已关闭',
      '该案件已作为误立案件关闭，不能再添加附件或音像记录。',
    );
  }
  if (row.stage === 'archived') {
    throw problems.conflict(
      'case-archived',
      '案件已归档',
      '案卷已立卷归档，不能再添加附件或音像记录。',
    );
  }
}
