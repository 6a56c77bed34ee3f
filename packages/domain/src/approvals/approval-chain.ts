import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import type { Role } from '../identity/roles.ts';
import type { PolicyProfile, ProfileCitation, ValueCitation } from '../profiles/profile-schema.ts';

/** What is put up for approval: the launch of a case, or its decision. */
export const APPROVAL_KINDS = ['launch', 'decision'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVAL_KIND_LABELS: Readonly<Record<ApprovalKind, string>> = {
  launch: '程序启动审批',
  decision: '执法决定审批',
};

/** The record each kind approves: the launch approval form, the draft decision. */
export const APPROVAL_SUBJECT_TYPES = {
  launch: 'launch_approval_form',
  decision: 'decision_draft',
} as const;

export type ApprovalStepKey = 'review' | 'legal_review' | 'approval';

export interface ApprovalStepSpec {
  readonly key: ApprovalStepKey;
  readonly label: string;
  /** Who may act on the step; a department head only for the case's own department. */
  readonly roles: readonly Role[];
  readonly citations: readonly ValueCitation[];
}

const CHAIN = { seed: '003', article: '第三十九条' } as const;
const LEGAL_REVIEW = [
  { seed: '000', article: '第八条' },
  { seed: '003', article: '第二十三条' },
] as const satisfies readonly ProfileCitation[];

/**
 * The steps after the handler's proposal. 003 第三十九条: 承办人提出意见和理由，经审核人审核后，
 * 由批准人批准 — the chain every seed's approvals follow (002 第四条(二) names the 主要负责人
 * for a launch, 001 第五条(三) and 000 第八条 the 承办机构意见 and 审批决定意见). A major
 * decision adds the legal review before the approver (000 第八条(三), 003 第二十三条(二));
 * its collective discussion is a record of its own, checked by major-decision-unreviewed.
 * A profile's `approvalChain` names the steps; the roles that fill them are the product's.
 */
export function approvalChainFor(
  kind: ApprovalKind,
  enforcementCase: Pick<EnforcementCase, 'majorDecision'>,
  profile: PolicyProfile,
): readonly ApprovalStepSpec[] {
  const citations =
    profile.approvalChain === undefined ? [CHAIN] : [profile.approvalChain.citation];
  if (kind === 'launch') {
    return [
      {
        key: 'approval',
        label: '负责人批准',
        roles: ['department_head', 'agency_head'],
        citations,
      },
    ];
  }
  return [
    { key: 'review', label: '审核', roles: ['department_head'], citations },
    ...(enforcementCase.majorDecision
      ? [
          {
            key: 'legal_review' as const,
            label: '法制审核',
            roles: ['legal_reviewer'] as const,
            citations: LEGAL_REVIEW,
          },
        ]
      : []),
    { key: 'approval', label: '批准', roles: ['agency_head'], citations },
  ];
}

/**
 * Whether someone holds a role a step asks for: a department head only for cases of their
 * own department, an agency head or legal reviewer for any case of their agency. The server
 * decides with it and the web shows the buttons with it.
 */
export function holdsApprovalStepRole(
  person: {
    readonly roles: readonly Role[];
    readonly agencyId: string | null;
    readonly departmentId: string | null;
  },
  stepRoles: readonly Role[] | undefined,
  theCase: { readonly agencyId: string; readonly departmentId: string },
): boolean {
  if (stepRoles === undefined || person.agencyId !== theCase.agencyId) return false;
  return stepRoles.some(
    (role) =>
      person.roles.includes(role) &&
      (role !== 'department_head' || person.departmentId === theCase.departmentId),
  );
}
