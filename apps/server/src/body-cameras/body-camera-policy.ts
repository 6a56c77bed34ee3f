import { hasRole, type Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';

/**
 * The agency's cameras: everyone of the agency may see which camera is with whom (an
 * officer checks the camera he picks up is his); the administrator and the heads keep the
 * register (领用/归还), since automatic matching of docked files rests on it. A platform
 * administrator or supervisor sees every agency's. Another agency's register answers 404.
 */
export function requireBodyCameraReader(actor: Actor, agencyId: string): void {
  if (actor.agencyId === null) {
    if (hasRole(actor, 'admin') || hasRole(actor, 'supervisor')) return;
  } else if (actor.agencyId === agencyId) return;
  throw problems.notFound('该执法机关或执法记录仪');
}

export function requireBodyCameraKeeper(actor: Actor, agencyId: string): void {
  requireBodyCameraReader(actor, agencyId);
  const keeps =
    hasRole(actor, 'admin') || hasRole(actor, 'agency_head') || hasRole(actor, 'department_head');
  if (!keeps) {
    throw problems.forbidden(
      '只有系统管理员、机关负责人或承办机构负责人可以登记执法记录仪及其领用、归还。',
    );
  }
}
