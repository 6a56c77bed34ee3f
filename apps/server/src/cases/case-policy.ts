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
