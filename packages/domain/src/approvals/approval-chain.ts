import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import type { Role } from '../identity/roles.ts';
import type { LawCitation } from '../profiles/national-law.ts';
import {
  APPROVAL_STEP_KEYS,
  type ApprovalStepRule,
  type PolicyProfile,
  type ValueCitation,
} from '../profiles/profile-schema.ts';
import { PENALTY_LAW } from '../rules/procedure/law.ts';

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

export type ApprovalStepKey = (typeof APPROVAL_STEP_KEYS)[number];

/** A step as a request stores it when submitted; later profile changes do not touch it. */
export interface ApprovalStepSpec {
  readonly key: ApprovalStepKey;
  readonly label: string;
  /** Who may act on the step; a department head only for the case's own department. */
  readonly roles: readonly Role[];
  /** The article the step comes from; empty for a step of the product's default chain. */
  readonly citations: readonly ValueCitation[];
}

type ChainCase = Pick<EnforcementCase, 'majorDecision' | 'actType'>;

/** 第五十七条: 调查终结，行政机关负责人应当对调查结果进行审查 … 作出决定. */
const PENALTY_REVIEW: LawCitation = { law: '行政处罚法', article: '第五十七条' };
const PENALTY_LEGAL_REVIEW = PENALTY_LAW.legalReview;

/**
 * The chain of a profile that names none for the kind (docs/decisions.md, "Approval chains
 * from the profile"): the launch approved in one step by the department head or the agency
 * head; the decision reviewed by the department head, legally reviewed when major, approved
 * by the agency head. It is the product's practice, not an article, so it cites nothing of a
 * seed; for a penalty it cites the 行政处罚法 articles that make it law.
 */
function defaultChain(kind: ApprovalKind, theCase: ChainCase): readonly ApprovalStepSpec[] {
  const penalty = theCase.actType === 'penalty';
  if (kind === 'launch') {
    return [
      {
        key: 'approval',
        label: '负责人批准',
        roles: ['department_head', 'agency_head'],
        citations: [],
      },
    ];
  }
  return [
    { key: 'review', label: '审核', roles: ['department_head'], citations: [] },
    ...(theCase.majorDecision ? [legalReviewByLaw(penalty)] : []),
    {
      key: 'approval',
      label: '负责人批准',
      roles: ['agency_head'],
      citations: penalty ? [PENALTY_REVIEW] : [],
    },
  ];
}

function legalReviewByLaw(penalty: boolean): ApprovalStepSpec {
  return {
    key: 'legal_review',
    label: '法制审核',
    roles: ['legal_reviewer'],
    citations: penalty ? [PENALTY_LEGAL_REVIEW] : [],
  };
}

function applies(step: ApprovalStepRule, theCase: ChainCase): boolean {
  if (step.majorOnly && !theCase.majorDecision) return false;
  return step.actTypes === undefined || step.actTypes.includes(theCase.actType);
}

/**
 * The steps after the handler's proposal, from the profile's `approvalChain` for the kind:
 * each step that applies to this case (a major-only step for a major case, a step limited to
 * act types for those), in the profile's order. A profile silent on the kind gets the
 * default chain above. National law sits under every profile: a major penalty decision is
 * legally reviewed before the head decides (行政处罚法 第五十八条), so a chain without that
 * step gets it before its approval.
 */
export function approvalChainFor(
  kind: ApprovalKind,
  enforcementCase: ChainCase,
  profile: PolicyProfile,
): readonly ApprovalStepSpec[] {
  const rules = profile.approvalChain?.[kind];
  if (rules === undefined) return defaultChain(kind, enforcementCase);
  const steps: ApprovalStepSpec[] = rules
    .filter((step) => applies(step, enforcementCase))
    .map((step) => ({
      key: step.key,
      label: step.label,
      roles: [...step.roles],
      citations: [step.citation],
    }));
  const lawRequiresLegalReview =
    kind === 'decision' && enforcementCase.majorDecision && enforcementCase.actType === 'penalty';
  if (lawRequiresLegalReview && !steps.some((step) => step.key === 'legal_review')) {
    // The schema makes the approval the last step.
    steps.splice(steps.length - 1, 0, legalReviewByLaw(true));
  }
  return steps;
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
