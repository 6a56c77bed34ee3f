import { describe, expect, it } from 'vitest';
import { seed003Profile } from '../profiles/seed-003.ts';
import { approvalChainFor } from './approval-chain.ts';
import {
  applyApprovalAction,
  newApprovalState,
  type ApprovalAction,
  type ApprovalOutcome,
  type ApprovalState,
} from './approval-flow.ts';

const handler = 'u-handler';
const head = { userId: 'u-head', holdsStepRole: true };
const legal = { userId: 'u-legal', holdsStepRole: true };
const chief = { userId: 'u-chief', holdsStepRole: true };
const bystander = { userId: 'u-other', holdsStepRole: false };

function decisionRequest(majorDecision = false): ApprovalState {
  return newApprovalState(
    handler,
    approvalChainFor('decision', { majorDecision, actType: 'penalty' }, seed003Profile),
  );
}

function ok(outcome: ApprovalOutcome): ApprovalState {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal}`);
  return outcome.state;
}

const act = (state: ApprovalState, action: ApprovalAction, actor: typeof head) =>
  applyApprovalAction(state, action, actor);

describe('approval flow', () => {
  it('moves step by step and finishes approved, reporting each completed step', () => {
    let state = decisionRequest(true);
    const reviewed = act(state, { type: 'approve' }, head);
    expect(reviewed).toMatchObject({
      ok: true,
      completedStep: { key: 'review', approvedBy: 'u-head' },
    });
    state = ok(reviewed);
    expect(state.currentStep).toBe(1);
    state = ok(act(state, { type: 'approve' }, legal));
    state = ok(act(state, { type: 'approve' }, chief));
    expect(state.status).toBe('approved');
    expect(act(state, { type: 'approve' }, chief)).toEqual({ ok: false, refusal: 'not_pending' });
  });

  it('never lets the proposer approve, even holding the role', () => {
    const state = decisionRequest();
    expect(act(state, { type: 'approve' }, { userId: handler, holdsStepRole: true })).toEqual({
      ok: false,
      refusal: 'own_proposal',
    });
  });

  it('refuses someone without the step’s role', () => {
    expect(act(decisionRequest(), { type: 'approve' }, bystander)).toEqual({
      ok: false,
      refusal: 'not_assignee',
    });
  });

  it('returns to the previous step, clearing both, or to the originator who may resubmit', () => {
    let state = ok(act(decisionRequest(), { type: 'approve' }, head));
    state = ok(act(state, { type: 'reject_to_previous' }, chief));
    expect(state.currentStep).toBe(0);
    expect(state.steps[0]!.approvedBy).toBeUndefined();
    state = ok(act(state, { type: 'reject_to_originator' }, head));
    expect(state.status).toBe('returned');
    expect(act(state, { type: 'resubmit' }, head)).toEqual({ ok: false, refusal: 'not_assignee' });
    state = ok(
      applyApprovalAction(state, { type: 'resubmit' }, { userId: handler, holdsStepRole: false }),
    );
    expect(state).toMatchObject({ status: 'pending', currentStep: 0 });
  });

  it('completes a countersigned step only when every countersigner has approved too', () => {
    let state = ok(act(decisionRequest(), { type: 'countersign', userId: 'u-deputy' }, head));
    state = ok(act(state, { type: 'approve' }, head));
    expect(state.currentStep).toBe(0);
    const deputy = { userId: 'u-deputy', holdsStepRole: false };
    expect(act(state, { type: 'delegate', userId: 'u-x' }, deputy)).toEqual({
      ok: false,
      refusal: 'not_assignee',
    });
    const done = act(state, { type: 'approve' }, deputy);
    expect(done).toMatchObject({ ok: true, completedStep: { key: 'review' } });
    expect(ok(done).currentStep).toBe(1);
    expect(act(ok(done), { type: 'approve' }, deputy)).toEqual({
      ok: false,
      refusal: 'not_assignee',
    });
  });

  it('after delegation only the delegate may act on the step', () => {
    const deputy = { userId: 'u-deputy', holdsStepRole: false };
    const state = ok(act(decisionRequest(), { type: 'delegate', userId: deputy.userId }, head));
    expect(act(state, { type: 'approve' }, head)).toEqual({ ok: false, refusal: 'not_assignee' });
    expect(ok(act(state, { type: 'approve' }, deputy)).currentStep).toBe(1);
  });

  it('refuses to countersign or delegate to the proposer or oneself', () => {
    const state = decisionRequest();
    for (const userId of [handler, head.userId]) {
      expect(act(state, { type: 'countersign', userId }, head)).toEqual({
        ok: false,
        refusal: 'invalid_target',
      });
      expect(act(state, { type: 'delegate', userId }, head)).toEqual({
        ok: false,
        refusal: 'invalid_target',
      });
    }
  });

  it('lets anyone remind while pending, changing nothing', () => {
    const state = decisionRequest();
    expect(
      applyApprovalAction(state, { type: 'remind' }, { userId: handler, holdsStepRole: false }),
    ).toEqual({ ok: true, state });
  });
});
