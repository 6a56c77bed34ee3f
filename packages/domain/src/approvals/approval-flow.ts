import type { ApprovalStepKey } from './approval-chain.ts';

/** One step of a request as it stands. */
export interface StepState {
  readonly key: ApprovalStepKey;
  /** The one person the step was handed to (转办/委托); role-holders may then no longer act. */
  readonly delegatedTo?: string;
  /** 会签: others who must also approve this step. */
  readonly countersigners: readonly { readonly userId: string; readonly approved: boolean }[];
  readonly approvedBy?: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'returned';

export interface ApprovalState {
  readonly status: ApprovalStatus;
  readonly currentStep: number;
  readonly proposedBy: string;
  readonly steps: readonly StepState[];
}

export const APPROVAL_ACTIONS = [
  'approve',
  'reject_to_previous',
  'reject_to_originator',
  'countersign',
  'delegate',
  'remind',
  'resubmit',
] as const;
export type ApprovalActionType = (typeof APPROVAL_ACTIONS)[number];

export const APPROVAL_ACTION_LABELS: Readonly<Record<ApprovalActionType, string>> = {
  approve: '同意',
  reject_to_previous: '退回上一步',
  reject_to_originator: '退回承办人',
  countersign: '加签（会签）',
  delegate: '转办',
  remind: '催办',
  resubmit: '重新提交',
};

export type ApprovalAction =
  | {
      readonly type:
        'approve' | 'reject_to_previous' | 'reject_to_originator' | 'remind' | 'resubmit';
    }
  | { readonly type: 'countersign' | 'delegate'; readonly userId: string };

export interface ApprovalActor {
  readonly userId: string;
  /** Holds a role the current step asks for (and, for a department head, the right department). */
  readonly holdsStepRole: boolean;
}

export type ApprovalRefusal =
  | 'not_pending'
  | 'not_returned'
  | 'own_proposal'
  | 'not_assignee'
  | 'already_approved'
  | 'invalid_target';

export const APPROVAL_REFUSAL_MESSAGES: Readonly<Record<ApprovalRefusal, string>> = {
  not_pending: '该审批已办结或已退回，不能再办理。',
  not_returned: '只有被退回的审批可以重新提交。',
  own_proposal: '不能审批自己提出的事项。',
  not_assignee: '您不是当前审批步骤的办理人。',
  already_approved: '您已在本步骤签署同意。',
  invalid_target: '不能加签或转办给该人员。',
};

export type ApprovalOutcome =
  | { readonly ok: true; readonly state: ApprovalState; readonly completedStep?: StepState }
  | { readonly ok: false; readonly refusal: ApprovalRefusal };

const refuse = (refusal: ApprovalRefusal): ApprovalOutcome => ({ ok: false, refusal });

function cleared(step: StepState): StepState {
  return {
    key: step.key,
    ...(step.delegatedTo === undefined ? {} : { delegatedTo: step.delegatedTo }),
    countersigners: step.countersigners.map((c) => ({ ...c, approved: false })),
  };
}

function replaceStep(state: ApprovalState, index: number, step: StepState): ApprovalState {
  return { ...state, steps: state.steps.map((s, i) => (i === index ? step : s)) };
}

function isComplete(step: StepState): boolean {
  return step.approvedBy !== undefined && step.countersigners.every((c) => c.approved);
}

/** The one who answers for the current step: its role-holder, or the person it was handed to. */
export function ownsCurrentStep(state: ApprovalState, actor: ApprovalActor): boolean {
  const step = state.steps[state.currentStep];
  if (step === undefined || state.status !== 'pending' || step.approvedBy !== undefined) {
    return false;
  }
  return step.delegatedTo === undefined ? actor.holdsStepRole : step.delegatedTo === actor.userId;
}

/** The people who may act on the current step now: its owner and its open countersigners. */
export function mayActOnCurrentStep(state: ApprovalState, actor: ApprovalActor): boolean {
  const step = state.steps[state.currentStep];
  if (step === undefined || state.status !== 'pending') return false;
  const countersigner = step.countersigners.some((c) => c.userId === actor.userId && !c.approved);
  return ownsCurrentStep(state, actor) || countersigner;
}

export function newApprovalState(
  proposedBy: string,
  steps: readonly { key: ApprovalStepKey }[],
): ApprovalState {
  return {
    status: 'pending',
    currentStep: 0,
    proposedBy,
    steps: steps.map((s) => ({ key: s.key, countersigners: [] })),
  };
}

/**
 * One act on a request. Pure: the server supplies who the actor is and whether they hold
 * the step's role, stores the new state, and records the act. Nobody acts on their own
 * proposal (003 第三十九条 separates 承办人, 审核人 and 批准人).
 */
export function applyApprovalAction(
  state: ApprovalState,
  action: ApprovalAction,
  actor: ApprovalActor,
): ApprovalOutcome {
  if (action.type === 'resubmit') {
    if (state.status !== 'returned') return refuse('not_returned');
    if (actor.userId !== state.proposedBy) return refuse('not_assignee');
    return { ok: true, state: { ...state, status: 'pending', currentStep: 0 } };
  }
  if (state.status !== 'pending') return refuse('not_pending');
  if (action.type === 'remind') return { ok: true, state };
  if (actor.userId === state.proposedBy) return refuse('own_proposal');
  const index = state.currentStep;
  const step = state.steps[index]!;
  const countersigner = step.countersigners.find((c) => c.userId === actor.userId);
  if (countersigner?.approved === true && action.type === 'approve') {
    return refuse('already_approved');
  }
  if (!mayActOnCurrentStep(state, actor)) return refuse('not_assignee');

  switch (action.type) {
    case 'approve': {
      const approved: StepState =
        countersigner !== undefined
          ? {
              ...step,
              countersigners: step.countersigners.map((c) =>
                c.userId === actor.userId ? { ...c, approved: true } : c,
              ),
            }
          : { ...step, approvedBy: actor.userId };
      const next = replaceStep(state, index, approved);
      if (!isComplete(approved)) return { ok: true, state: next };
      const last = index === state.steps.length - 1;
      return {
        ok: true,
        completedStep: approved,
        state: last ? { ...next, status: 'approved' } : { ...next, currentStep: index + 1 },
      };
    }
    case 'reject_to_previous': {
      if (index === 0) return { ok: true, state: returned(state) };
      const reopened = replaceStep(
        replaceStep(state, index, cleared(step)),
        index - 1,
        cleared(state.steps[index - 1]!),
      );
      return { ok: true, state: { ...reopened, currentStep: index - 1 } };
    }
    case 'reject_to_originator':
      return { ok: true, state: returned(state) };
    case 'countersign': {
      if (!ownsCurrentStep(state, actor)) return refuse('not_assignee');
      if (
        action.userId === state.proposedBy ||
        action.userId === actor.userId ||
        step.countersigners.some((c) => c.userId === action.userId)
      ) {
        return refuse('invalid_target');
      }
      return {
        ok: true,
        state: replaceStep(state, index, {
          ...step,
          countersigners: [...step.countersigners, { userId: action.userId, approved: false }],
        }),
      };
    }
    case 'delegate': {
      if (!ownsCurrentStep(state, actor)) return refuse('not_assignee');
      if (action.userId === state.proposedBy || action.userId === actor.userId) {
        return refuse('invalid_target');
      }
      return {
        ok: true,
        state: replaceStep(state, index, { ...step, delegatedTo: action.userId }),
      };
    }
  }
}

function returned(state: ApprovalState): ApprovalState {
  return { ...state, status: 'returned', currentStep: 0, steps: state.steps.map(cleared) };
}
