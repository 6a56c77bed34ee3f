import type { Actor } from '../auth/actor.ts';
import type { StoredApprovalStep } from '../db/schema.ts';

/**
 * Whether the actor holds a role the step asks for: a department head only for cases of
 * their own department, an agency head or legal reviewer for any case of their agency.
 */
export function holdsStepRole(
  actor: Pick<Actor, 'roles' | 'agencyId' | 'departmentId'>,
  step: StoredApprovalStep | undefined,
  theCase: { agencyId: string; departmentId: string },
): boolean {
  if (step === undefined || actor.agencyId !== theCase.agencyId) return false;
  return step.roles.some(
    (role) =>
      actor.roles.includes(role) &&
      (role !== 'department_head' || actor.departmentId === theCase.departmentId),
  );
}
