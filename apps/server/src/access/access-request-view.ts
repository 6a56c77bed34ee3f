import type { AccessRequestState } from './access.repository.ts';

export type AccessRequestStatus = 'pending' | 'approved' | 'rejected' | 'expired' | 'revoked';

export function statusOf(state: AccessRequestState, now: Date): AccessRequestStatus {
  if (state.decision === null) return 'pending';
  if (!state.decision.approved) return 'rejected';
  if (state.revocation !== null) return 'revoked';
  return state.decision.validUntil !== null && state.decision.validUntil <= now
    ? 'expired'
    : 'approved';
}

export function accessRequestView(
  state: AccessRequestState,
  context: {
    readonly now: Date;
    readonly names: ReadonlyMap<string, string>;
    readonly caseNumbers: ReadonlyMap<string, string>;
  },
) {
  const { request, decision, revocation } = state;
  const user = (id: string) => ({ userId: id, displayName: context.names.get(id) ?? '' });
  return {
    id: request.id,
    caseId: request.caseId,
    caseNumber: context.caseNumbers.get(request.caseId) ?? '',
    kind: request.kind,
    requester: user(request.requesterId),
    grantee: user(request.granteeId),
    onBehalfOf: request.onBehalfOf,
    subjectIds: request.subjectIds,
    permissions: request.permissions,
    reason: request.reason,
    requestedUntil: request.requestedUntil.toISOString(),
    createdAt: request.createdAt.toISOString(),
    status: statusOf(state, context.now),
    decision:
      decision === null
        ? null
        : {
            approved: decision.approved,
            decidedBy: user(decision.decidedBy),
            comment: decision.comment,
            validUntil: decision.validUntil?.toISOString() ?? null,
            decidedAt: decision.decidedAt.toISOString(),
          },
    revocation:
      revocation === null
        ? null
        : {
            revokedBy: user(revocation.revokedBy),
            reason: revocation.reason,
            revokedAt: revocation.revokedAt.toISOString(),
          },
  };
}
