import { hasRole, type Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';

/**
 * Docked files are the agency's until placed: its people may see the inbox (an officer
 * looks for his own recording), and those who work cases may import, place and set aside.
 * Another agency's file answers 404, as if it did not exist.
 */
export function requireAgencyMember(actor: Actor): string {
  if (actor.agencyId === null) {
    throw problems.forbidden('音像导入属于执法机关的工作，平台管理员和监督人员不能在此操作。');
  }
  return actor.agencyId;
}

export function requireImporter(actor: Actor): string {
  const agencyId = requireAgencyMember(actor);
  const works = ['officer', 'department_head', 'agency_head', 'archivist'] as const;
  if (!works.some((role) => hasRole(actor, role))) {
    throw problems.forbidden('只有执法人员、负责人或档案管理员可以导入、分配或排除音像文件。');
  }
  return agencyId;
}

export function requireOwnAgencyFile<T extends { agencyId: string }>(
  actor: Actor,
  file: T | undefined,
): T {
  if (file === undefined || file.agencyId !== actor.agencyId) {
    throw problems.notFound('该导入的音像文件');
  }
  return file;
}
