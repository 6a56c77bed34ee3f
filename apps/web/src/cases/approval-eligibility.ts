import type { ApprovalRequestView, CaseDetail } from '../api/cases.ts';
import type { User } from '../api/types.ts';

/** Holds a role the current step asks for (apps/server approval-eligibility holdsStepRole). */
export function holdsStepRole(
  user: User,
  request: ApprovalRequestView,
  detail: CaseDetail,
): boolean {
  const step = request.steps[request.currentStep];
  const row = detail.case;
  return (
    step !== undefined &&
    user.agencyId === row.agencyId &&
    step.roles.some(
      (role) =>
        user.roles.includes(role) &&
        (role !== 'department_head' || user.departmentId === row.departmentId),
    )
  );
}

/**
 * Whether the user answers for the current step (its role-holder, or the one it was handed
 * to) and so may also 加签 and 转办 (approval-flow ownsCurrentStep).
 */
export function ownsStep(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  if (request.status !== 'pending' || request.proposedBy === user.id) return false;
  const step = request.steps[request.currentStep];
  if (step === undefined || step.approvedBy !== undefined) return false;
  if (step.delegatedTo !== undefined) return step.delegatedTo === user.id;
  return holdsStepRole(user, request, detail);
}

/**
 * Whether the user may act on the current step, as the server decides (approval-flow
 * mayActOnCurrentStep): its owner or an open countersigner, never on one's own proposal.
 */
export function mayAct(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  if (request.status !== 'pending' || request.proposedBy === user.id) return false;
  const step = request.steps[request.currentStep];
  if (step === undefined) return false;
  if (step.countersigners.some((c) => c.userId === user.id && !c.approved)) return true;
  return ownsStep(user, request, detail);
}
