import type { AccessPerson } from '@liuhen/domain';
import { problems } from '../http/problem.ts';

/**
 * The agency's cameras: everyone of the agency may see which camera is with whom (an
 * officer checks the camera he picks up is his); the administrator and the heads keep the
 * register (领用/归还), since automatic matching of docked files rests on it. A platform
 * administrator sees every agency's, a supervisor those he supervises. Another agency's
 * register answers 404.
 */
export function requireBodyCameraReader(person: AccessPerson, agencyId: string): void {
  if (person.agencyId === agencyId) return;
  if (person.agencyId === null && person.roles.includes('admin')) return;
  if (person.supervisedAgencyIds.includes(agencyId)) return;
  throw problems.notFound('该执法机关或执法记录仪');
}

export function requireBodyCameraKeeper(person: AccessPerson, agencyId: string): void {
  requireBodyCameraReader(person, agencyId);
  const keeps = (['admin', 'agency_head', 'department_head'] as const).some((role) =>
    person.roles.includes(role),
  );
  if (!keeps) {
    throw problems.forbidden(
      '只有系统管理员、机关负责人或承办机构负责人可以登记执法记录仪及其领用、归还。',
    );
  }
}
