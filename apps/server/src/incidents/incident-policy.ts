import { hasRole, type Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';

const KEEPERS = ['officer', 'department_head', 'agency_head', 'archivist'] as const;

/**
 * Incidents are the agency's, kept by the people who place its docked files (officers, heads,
 * archivist): they register them, list them and read them with their recordings.
 */
export function requireIncidentKeeper(actor: Actor): string {
  if (actor.agencyId === null) {
    throw problems.forbidden('事件属于执法机关的工作，平台管理员和监督人员不能在此操作。');
  }
  if (!KEEPERS.some((role) => hasRole(actor, role))) {
    throw problems.forbidden('只有执法人员、负责人或档案管理员可以登记和查看事件。');
  }
  return actor.agencyId;
}

/** Another agency's incident answers 404 before any role is asked, as if it did not exist. */
export function requireIncidentReader<T extends { agencyId: string }>(
  actor: Actor,
  incident: T | undefined,
): T {
  if (incident === undefined || incident.agencyId !== actor.agencyId) {
    throw problems.notFound('该事件');
  }
  requireIncidentKeeper(actor);
  return incident;
}
