import { call } from '../api/client.ts';
import type { ResponseOf } from '../api/types.ts';

// 审批 details and the people a step can go to (apps/server approvals.routes.ts,
// identity/agencies.routes.ts).

export type ApprovalDetail = ResponseOf<'getApproval'>;
/** One act on an approval as recorded: 提交、同意、退回、加签、转办、催办、重新提交. */
export type ApprovalActionView = ApprovalDetail['actions'][number];
/** A head or legal reviewer of the agency, to hand a step to (转办) or add to it (加签). */
export type Approver = ResponseOf<'listAgencyApprovers'>['items'][number];

export function getApproval(id: string): Promise<ApprovalDetail> {
  return call('getApproval', { path: { id } });
}

export async function listApprovers(agencyId: string): Promise<Approver[]> {
  return (await call('listAgencyApprovers', { path: { id: agencyId } })).items;
}
