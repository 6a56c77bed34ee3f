import { holdsApprovalStepRole, mayActOnCurrentStep, ownsCurrentStep } from '@liuhen/domain';
import type { ApprovalRequestView, CaseDetail } from '../api/cases.ts';
import type { User } from '../api/types.ts';

// The same decisions the server makes (@liuhen/domain approval-flow), to show only the
// buttons that will be accepted. Nobody acts on their own proposal.

function actorOf(user: User, request: ApprovalRequestView, detail: CaseDetail) {
  const step = request.steps[request.currentStep];
  return {
    userId: user.id,
    holdsStepRole: holdsApprovalStepRole(user, step?.roles, detail.case),
  };
}

/** Whether the user answers for the current step, and so may also 加签 and 转办. */
export function ownsStep(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  return request.proposedBy !== user.id && ownsCurrentStep(request, actorOf(user, request, detail));
}

/** Whether the user may act on the current step: its owner or an open countersigner. */
export function mayAct(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  return (
    request.proposedBy !== user.id && mayActOnCurrentStep(request, actorOf(user, request, detail))
  );
}
