import {
  APPROVAL_KIND_LABELS,
  APPROVAL_REFUSAL_MESSAGES,
  APPROVAL_SUBJECT_TYPES,
  applyApprovalAction,
  approvalChainFor,
  awaitsEmergencyLaunchApproval,
  mayActOnCurrentStep,
  newApprovalState,
  recordTypeSpec,
  type ApprovalAction,
  type ApprovalActionType,
  type ApprovalKind,
  type ApprovalRefusal,
  type ApprovalState,
} from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import {
  currentVersions,
  loadCase,
  ruleContextOf,
  toEnforcementCase,
} from '../cases/case-context.ts';
import { requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db } from '../db/database.ts';
import type { StoredApprovalStep } from '../db/schema.ts';
import { Problem, problems } from '../http/problem.ts';
import { findUserById } from '../identity/users.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { refreshCaseFindings } from '../findings/refresh-findings.ts';
import { applyCompletedStep } from './approval-effects.ts';
import { holdsStepRole } from './approval-eligibility.ts';
import * as repository from './approvals.repository.ts';
import type { ApprovalRequestRow } from './approvals.repository.ts';

/** The stage a case must be in to put each kind up for approval. */
const STAGE_OF_KIND = { launch: 'launch', decision: 'decision' } as const;

export interface ActInput {
  readonly action: ApprovalActionType;
  /** The version the actor saw; an older one means someone acted first. */
  readonly expectedVersion: number;
  readonly comment?: string | undefined;
  readonly suggestions?: string | undefined;
  readonly userId?: string | undefined;
}

function stateOf(row: ApprovalRequestRow): ApprovalState {
  return {
    status: row.status,
    currentStep: row.currentStep,
    proposedBy: row.proposedBy,
    steps: row.steps,
  };
}

function refusalProblem(refusal: ApprovalRefusal): Problem {
  const detail = APPROVAL_REFUSAL_MESSAGES[refusal];
  switch (refusal) {
    case 'own_proposal':
    case 'not_assignee':
      return problems.forbidden(detail);
    case 'invalid_target':
      return problems.validation([{ name: 'body.userId', reason: detail }]);
    default:
      return problems.conflict(`approval-${refusal.replaceAll('_', '-')}`, '不能办理', detail);
  }
}

const NEEDS_COMMENT: readonly ApprovalActionType[] = [
  'approve',
  'reject_to_previous',
  'reject_to_originator',
];

export function createApprovalsService(db: Db, ledger: Ledger, now: () => Date) {
  async function readableRequest(actor: Actor, id: string) {
    const row = await repository.findRequest(db, id);
    if (!row) throw problems.notFound('该审批');
    const theCase = await requireReadable(db, actor, await cases.findCase(db, row.caseId), now());
    return { row, theCase };
  }

  return {
    /** 提交审批: the handler puts the current version of the form or draft up for approval. */
    async submit(actor: Actor, caseId: string, kind: ApprovalKind, recordId: string) {
      await requireReadable(db, actor, await cases.findCase(db, caseId), now());
      return ledger.transaction(async (tx, record) => {
        const row = await cases.lockCase(tx, caseId);
        if (!row) throw problems.notFound('该案件');
        const loaded = await loadCase(tx, row);
        await requireWorker(tx, actor, row, loaded.officers, now());
        // 003 第十条: an emergency launch is approved after the case has moved on.
        const { events, profile } = ruleContextOf(loaded, now());
        const lateLaunch =
          kind === 'launch' && awaitsEmergencyLaunchApproval(row.stage, events, profile);
        if (row.stage !== STAGE_OF_KIND[kind] && !lateLaunch) {
          throw problems.conflict(
            'approval-wrong-stage',
            '不在该环节',
            `${APPROVAL_KIND_LABELS[kind]}只能在案件处于相应环节时提交。`,
          );
        }
        const subjectType = APPROVAL_SUBJECT_TYPES[kind];
        const subject = currentVersions(loaded.records).find((r) => r.id === recordId);
        if (subject?.type !== subjectType) {
          throw problems.validation([
            {
              name: 'body.recordId',
              reason: `请选择本案现行的《${recordTypeSpec(subjectType).label}》`,
            },
          ]);
        }
        const chain = approvalChainFor(
          kind,
          toEnforcementCase(row, loaded.officers),
          loaded.profile,
        );
        const state = newApprovalState(actor.id, chain);
        const steps: StoredApprovalStep[] = state.steps.map((step, i) => ({
          ...step,
          label: chain[i]!.label,
          roles: chain[i]!.roles,
          citations: chain[i]!.citations,
        }));
        const request = await repository
          .insertRequest(tx, {
            caseId,
            kind,
            subjectRecordId: recordId,
            proposedBy: actor.id,
            status: state.status,
            currentStep: state.currentStep,
            steps,
            version: 1,
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) === undefined) throw error;
            throw problems.conflict(
              'approval-exists',
              '已提交过审批',
              `本案已有${APPROVAL_KIND_LABELS[kind]}，被退回的请修改后重新提交。`,
            );
          });
        await repository.insertAction(tx, {
          requestId: request.id,
          stepIndex: 0,
          action: 'submit',
          actorId: actor.id,
          at: now(),
        });
        await record({
          action: 'approval.submitted',
          agencyId: row.agencyId,
          actor: eventActor(actor),
          target: { type: 'approval', id: request.id },
          data: { caseId, kind, subjectRecordId: recordId },
        });
        return request;
      });
    },

    /**
     * One act on a request. The request row is locked and its version compared: of two
     * people acting on the same step at once, one acts and the other is told it moved on.
     */
    async act(actor: Actor, id: string, input: ActInput) {
      await readableRequest(actor, id);
      if (NEEDS_COMMENT.includes(input.action) && !input.comment?.trim()) {
        throw problems.validation([{ name: 'body.comment', reason: '请填写审批意见' }]);
      }
      if ((input.action === 'countersign' || input.action === 'delegate') && !input.userId) {
        throw problems.validation([{ name: 'body.userId', reason: '请选择加签或转办的人员' }]);
      }
      return ledger.transaction(async (tx, record) => {
        const request = await repository.lockRequest(tx, id);
        if (!request) throw problems.notFound('该审批');
        if (request.version !== input.expectedVersion) {
          throw problems.conflict(
            'approval-changed',
            '审批已被他人办理',
            '该审批在您办理前已有变化，请刷新后查看最新状态。',
          );
        }
        const row = await cases.lockCase(tx, request.caseId);
        if (!row) throw problems.notFound('该案件');
        const state = stateOf(request);
        const step = request.steps[state.currentStep];
        // A decision's legal review is sealed as the 法制审核 record, whose 建议 it must give.
        if (
          input.action === 'approve' &&
          request.kind === 'decision' &&
          step?.key === 'legal_review' &&
          !input.suggestions?.trim() &&
          mayActOnCurrentStep(state, {
            userId: actor.id,
            holdsStepRole: holdsStepRole(actor, step, row),
          })
        ) {
          throw problems.validation([{ name: 'body.suggestions', reason: '请填写法制审核建议' }]);
        }
        if (input.userId !== undefined) {
          const target = await findUserById(tx, input.userId);
          const eligible =
            target?.active === true &&
            target.agencyId === row.agencyId &&
            (step?.roles.some((role) => target.roles.includes(role)) ?? false);
          if (!eligible) throw refusalProblem('invalid_target');
        }
        const action: ApprovalAction =
          input.action === 'countersign' || input.action === 'delegate'
            ? { type: input.action, userId: input.userId! }
            : { type: input.action };
        const outcome = applyApprovalAction(state, action, {
          userId: actor.id,
          holdsStepRole: holdsStepRole(actor, step, row),
        });
        if (!outcome.ok) throw refusalProblem(outcome.refusal);
        const at = now();
        const steps = outcome.state.steps.map((s, i) => {
          const { label, roles, citations } = request.steps[i]!;
          return { ...s, label, roles, citations };
        });
        let subjectRecordId: string | undefined;
        if (input.action === 'resubmit') {
          const loaded = await loadCase(tx, row);
          const subject = loaded.records.find((r) => r.id === request.subjectRecordId);
          // A returned form is corrected, then resubmitted: follow it to its current version.
          subjectRecordId = currentVersions(loaded.records).find(
            (r) => r.type === subject?.type,
          )?.id;
        }
        const updated = await repository.updateRequest(tx, id, {
          status: outcome.state.status,
          currentStep: outcome.state.currentStep,
          steps,
          version: request.version + 1,
          ...(subjectRecordId === undefined ? {} : { subjectRecordId }),
        });
        await repository.insertAction(tx, {
          requestId: id,
          stepIndex: state.currentStep,
          action: input.action,
          actorId: actor.id,
          targetUserId: input.userId ?? null,
          comment: input.comment?.trim() || null,
          at,
        });
        if (outcome.completedStep !== undefined) {
          await applyCompletedStep(tx, record, {
            kind: request.kind,
            step: outcome.completedStep,
            approved: outcome.state.status === 'approved',
            actor,
            comment: input.comment!.trim(),
            suggestions: input.suggestions?.trim(),
            loaded: await loadCase(tx, row),
            now: at,
          });
        }
        await record({
          action: 'approval.acted',
          agencyId: row.agencyId,
          actor: eventActor(actor),
          target: { type: 'approval', id },
          data: {
            caseId: row.id,
            action: input.action,
            stepKey: step!.key,
            targetUserId: input.userId ?? null,
            status: updated.status,
            comment: input.comment?.trim() || null,
          },
        });
        await refreshCaseFindings(tx, row.id, at);
        return updated;
      });
    },

    async get(actor: Actor, id: string) {
      const { row } = await readableRequest(actor, id);
      return { request: row, actions: await repository.listActions(db, id) };
    },

    async listForCase(actor: Actor, caseId: string) {
      await requireReadable(db, actor, await cases.findCase(db, caseId), now());
      return repository.listRequestsOfCase(db, caseId);
    },

    /** 待办: what waits for this user — steps they may act on, and their returned proposals. */
    async inbox(actor: Actor) {
      if (actor.agencyId === null) return [];
      const open = await repository.listOpenRequests(db, actor.agencyId);
      return open.filter(({ request, departmentId }) => {
        const state = stateOf(request);
        if (state.status === 'returned') return state.proposedBy === actor.id;
        const step = request.steps[state.currentStep];
        const theCase = { agencyId: actor.agencyId!, departmentId };
        return mayActOnCurrentStep(state, {
          userId: actor.id,
          holdsStepRole: holdsStepRole(actor, step, theCase) && state.proposedBy !== actor.id,
        });
      });
    },
  };
}

export type ApprovalsService = ReturnType<typeof createApprovalsService>;
