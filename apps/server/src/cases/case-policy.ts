import { hasRole, type Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';
import type { CaseOfficerRow, CaseRow } from './cases.repository.ts';

/**
 * Who may do what with a case, until the permissions issue refines it: everyone in the
 * agency may read its cases (a platform supervisor may read all); the officers on a case,
 * the head of its department and the agency's head may work on it. Others get 404 for
 * another agency's case (as if it did not exist) and 403 inside their own.
 */
export function canReadCase(actor: Actor, row: CaseRow): boolean {
  if (actor.agencyId === null) return hasRole(actor, 'supervisor');
  return actor.agencyId === row.agencyId;
}

export function requireReadable(actor: Actor, row: CaseRow | undefined): CaseRow {
  if (row === undefined || !canReadCase(actor, row)) throw problems.notFound('该案件');
  return row;
}

export function canWorkOnCase(
  actor: Actor,
  row: CaseRow,
  officers: readonly CaseOfficerRow[],
): boolean {
  if (actor.agencyId !== row.agencyId) return false;
  if (officers.some((officer) => officer.userId === actor.id)) return true;
  if (hasRole(actor, 'department_head') && actor.departmentId === row.departmentId) return true;
  return hasRole(actor, 'agency_head');
}

export function requireWorker(
  actor: Actor,
  row: CaseRow,
  officers: readonly CaseOfficerRow[],
): void {
  if (!canWorkOnCase(actor, row, officers)) {
    throw problems.forbidden('只有本案执法人员、承办机构负责人或机关负责人可以办理本案。');
  }
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
