import type { Role } from '@liuhen/domain';
import type { ApprovalRequestView } from '../api/cases.ts';
import { request } from '../api/client.ts';

// 审批 details and the people a step can go to (apps/server approvals.routes.ts,
// identity/agencies.routes.ts).

/** One act on an approval as recorded: 提交、同意、退回、加签、转办、催办、重新提交. */
export interface ApprovalActionView {
  readonly id: number;
  readonly stepIndex: number;
  readonly action: string;
  readonly actorId: string;
  readonly targetUserId: string | null;
  readonly comment: string | null;
  readonly at: string;
}

export interface ApprovalDetail {
  readonly request: ApprovalRequestView;
  readonly actions: ApprovalActionView[];
}

/** A head or legal reviewer of the agency, to hand a step to (转办) or add to it (加签). */
export interface Approver {
  readonly id: string;
  readonly displayName: string;
  readonly roles: Role[];
}

export function getApproval(id: string): Promise<ApprovalDetail> {
  return request<ApprovalDetail>('GET', `/approvals/${encodeURIComponent(id)}`);
}

export async function listApprovers(agencyId: string): Promise<Approver[]> {
  const page = await request<{ items: Approver[] }>(
    'GET',
    `/agencies/${encodeURIComponent(agencyId)}/approvers`,
  );
  return page.items;
}
