import type { ApprovalRequestView } from '../api/cases.ts';

export type NameOf = (userId: string) => string | undefined;

/** Where a step stands, and who signed it when their names can be read. */
export function stepState(request: ApprovalRequestView, index: number, nameOf: NameOf): string {
  const step = request.steps[index]!;
  const waitingCountersign = step.countersigners.some((c) => !c.approved);
  if (step.approvedBy !== undefined) {
    const who = nameOf(step.approvedBy);
    const signed = who ? `${who}已同意` : '已同意';
    return waitingCountersign && request.status === 'pending' ? `${signed}，待会签` : signed;
  }
  if (request.status === 'approved') return '已同意';
  if (index === request.currentStep) {
    if (request.status === 'returned') return '已退回';
    if (step.delegatedTo !== undefined) {
      return `已转办${nameOf(step.delegatedTo) ? `给${nameOf(step.delegatedTo)}` : ''}，待办理`;
    }
    return '待办理';
  }
  return index < request.currentStep ? '已同意' : '未开始';
}

/** 会签: who else signs the step, and whether they have. */
export function countersignText(request: ApprovalRequestView, index: number, nameOf: NameOf) {
  const step = request.steps[index]!;
  if (step.countersigners.length === 0) return null;
  return `会签：${step.countersigners
    .map((c) => `${nameOf(c.userId) ?? '加签人'}${c.approved ? '（已同意）' : '（待签）'}`)
    .join('、')}`;
}

/**
 * The opinion the step's signer gave (审核意见, 法制审核意见, 批准意见): their last 同意 on
 * this step, so a step returned and signed again shows the newer words.
 */
export function stepOpinion(
  request: ApprovalRequestView,
  index: number,
  actions: readonly {
    stepIndex: number;
    action: string;
    actorId: string;
    comment: string | null;
  }[],
): string | null {
  const signer = request.steps[index]?.approvedBy;
  if (signer === undefined) return null;
  const signed = actions.filter(
    (act) => act.stepIndex === index && act.action === 'approve' && act.actorId === signer,
  );
  return signed.at(-1)?.comment ?? null;
}
