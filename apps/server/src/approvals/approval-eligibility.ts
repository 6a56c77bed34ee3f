import { holdsApprovalStepRole } from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import type { StoredApprovalStep } from '../db/schema.ts';

/** Whether the actor holds a role the stored step asks for (@liuhen/domain holdsApprovalStepRole). */
export function holdsStepRole(
  actor: Pick<Actor, 'roles' | 'agencyId' | 'departmentId'>,
  step: StoredApprovalStep | undefined,
  theCase: { agencyId: string; departmentId: string },
): boolean {
  return holdsApprovalStepRole(actor, step?.roles, theCase);
}
