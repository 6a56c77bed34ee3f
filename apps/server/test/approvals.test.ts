import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRecord,
  fileCase,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
  seedAgency,
} from './support/case-fixtures.ts';
import { rows } from './support/rows.ts';
import {
  createAndSignIn,
  createTestApp,
  signInAdmin,
  type Client,
  type TestApp,
} from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let agency: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  agency = await seedAgency(testApp, admin, '003');
});
afterAll(() => testApp.close());

interface RequestView {
  id: string;
  version: number;
  status: string;
  currentStep: number;
  steps: { key: string; approvedBy?: string }[];
}

async function openCase(overrides: Record<string, unknown> = {}) {
  const response = await agency.handler.client.post(
    '/api/v1/cases',
    openCaseBody(agency, overrides),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json() as { id: string };
}

function act(client: Client, request: { id: string; version: number }, body: object) {
  return client.post(`/api/v1/approvals/${request.id}/actions`, {
    expectedVersion: request.version,
    ...body,
  });
}

async function submit(caseId: string, kind: 'launch' | 'decision', recordId: string) {
  const response = await agency.handler.client.post(`/api/v1/cases/${caseId}/approvals`, {
    kind,
    recordId,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json() as RequestView;
}

/** A case filed, investigated and moved to the decision stage, with its draft decision. */
async function caseAwaitingDecision(majorDecision: boolean) {
  const opened = await openCase({ majorDecision });
  await fileCase(agency, opened.id);
  await addRecord(agency.handler.client, opened.id, RECORDS.evidenceRegister());
  await addRecord(agency.handler.client, opened.id, RECORDS.rightsNotice());
  const moved = await agency.handler.client.post(`/api/v1/cases/${opened.id}/transitions`, {
    transition: 'submit_for_decision',
  });
  if (moved.statusCode !== 200) throw new Error(moved.body);
  await addRecord(agency.handler.client, opened.id, RECORDS.handlerOpinion());
  const draft = await addRecord(agency.handler.client, opened.id, RECORDS.decisionDraft());
  return { caseId: opened.id, draftId: draft.id };
}

describe('launch approval', () => {
  it('is reviewed by the department head, then approved by the agency head (003 第三十九条); nobody approves their own proposal or a step not theirs', async () => {
    const opened = await openCase();
    await addRecord(agency.handler.client, opened.id, RECORDS.caseSource());
    const form = await addRecord(agency.handler.client, opened.id, RECORDS.launchForm());
    const request = await submit(opened.id, 'launch', form.id);

    const own = await act(agency.handler.client, request, { action: 'approve', comment: '同意' });
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toBe('不能审批自己提出的事项。');
    const colleague = await act(agency.assistant.client, request, {
      action: 'approve',
      comment: '同意',
    });
    expect(colleague.statusCode).toBe(403);
    const noComment = await act(agency.head.client, request, { action: 'approve' });
    expect(noComment.json().invalidParams[0].name).toBe('body.comment');

    const reviewed = await act(agency.head.client, request, {
      action: 'approve',
      comment: '同意立案',
    });
    expect(reviewed.json()).toMatchObject({ status: 'pending', currentStep: 1, version: 2 });
    const notYet = (await agency.handler.client.get(`/api/v1/cases/${opened.id}`)).json();
    expect(notYet.events.map((e: { type: string }) => e.type)).not.toContain('launch_approved');
    const approved = await act(agency.chief.client, reviewed.json(), {
      action: 'approve',
      comment: '批准立案',
    });
    expect(approved.json()).toMatchObject({ status: 'approved', version: 3 });
    const detail = (await agency.handler.client.get(`/api/v1/cases/${opened.id}`)).json();
    expect(detail.events.map((e: { type: string }) => e.type)).toContain('launch_approved');
    const again = await submit(opened.id, 'launch', form.id).catch((error: Error) => error);
    expect(String(again)).toContain('approval-exists');
  });

  it('of two approvers acting at once, exactly one wins and the other is told', async () => {
    const second = await createAndSignIn(testApp, admin, {
      username: 'dh.second',
      displayName: '二中队队长',
      agencyId: agency.agencyId,
      departmentId: agency.departmentId,
      roles: ['department_head'],
    });
    const opened = await openCase();
    await addRecord(agency.handler.client, opened.id, RECORDS.caseSource());
    const form = await addRecord(agency.handler.client, opened.id, RECORDS.launchForm());
    const request = await submit(opened.id, 'launch', form.id);
    const [a, b] = await Promise.all([
      act(agency.head.client, request, { action: 'approve', comment: '同意' }),
      act(second.client, request, { action: 'approve', comment: '同意' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().type).toMatch(/approval-changed$/);
    const [actions] = await rows<{ n: number }>(
      testApp.database.db.execute(
        sql`select count(*)::int as n from approval_actions where request_id = ${request.id}`,
      ),
    );
    expect(actions!.n).toBe(2);
  });
});

describe('decision approval', () => {
  it('goes reviewer → legal review → approver for a major decision, each leaving its record', async () => {
    const { caseId, draftId } = await caseAwaitingDecision(true);
    let request = await submit(caseId, 'decision', draftId);
    expect(request.steps.map((s) => s.key)).toEqual(['review', 'legal_review', 'approval']);

    const inbox = (await agency.head.client.get('/api/v1/approvals/inbox')).json();
    expect(inbox.items.map((i: { request: { id: string } }) => i.request.id)).toContain(request.id);
    const notYet = (await agency.chief.client.get('/api/v1/approvals/inbox')).json();
    expect(notYet.items.map((i: { request: { id: string } }) => i.request.id)).not.toContain(
      request.id,
    );

    request = (
      await act(agency.head.client, request, { action: 'approve', comment: '审核同意' })
    ).json();
    const withoutSuggestions = await act(agency.legal.client, request, {
      action: 'approve',
      comment: '合法',
    });
    expect(withoutSuggestions.json().invalidParams[0].name).toBe('body.suggestions');
    request = (
      await act(agency.legal.client, request, {
        action: 'approve',
        comment: '事实清楚，证据确凿，程序合法',
        suggestions: '建议按一般情节处罚',
      })
    ).json();
    request = (
      await act(agency.chief.client, request, { action: 'approve', comment: '批准' })
    ).json();
    expect(request.status).toBe('approved');

    const records = (await agency.handler.client.get(`/api/v1/cases/${caseId}/records`)).json();
    const byType = (type: string) =>
      records.items.find((r: { type: string }) => r.type === type) as {
        fields: Record<string, unknown>;
        createdBy: string;
      };
    expect(byType('legal_review')).toMatchObject({
      fields: { reviewers: ['吴法制'], opinion: '事实清楚，证据确凿，程序合法' },
      createdBy: agency.legal.id,
    });
    expect(byType('head_approval')).toMatchObject({
      fields: { opinion: '批准', signature: '周局长' },
      createdBy: agency.chief.id,
    });
  });

  it('returns to the previous step, or to the handler who corrects and resubmits', async () => {
    const { caseId, draftId } = await caseAwaitingDecision(false);
    let request = await submit(caseId, 'decision', draftId);
    request = (
      await act(agency.head.client, request, { action: 'approve', comment: '同意' })
    ).json();
    expect(request.currentStep).toBe(1);
    request = (
      await act(agency.chief.client, request, {
        action: 'reject_to_previous',
        comment: '请复核证据',
      })
    ).json();
    expect(request).toMatchObject({ currentStep: 0, status: 'pending' });
    expect(request.steps[0]!.approvedBy).toBeUndefined();
    request = (
      await act(agency.head.client, request, {
        action: 'reject_to_originator',
        comment: '证据不足，请补充',
      })
    ).json();
    expect(request.status).toBe('returned');
    const returned = (await agency.handler.client.get('/api/v1/approvals/inbox')).json();
    expect(returned.items.map((i: { request: { id: string } }) => i.request.id)).toContain(
      request.id,
    );

    const corrected = await agency.handler.client.post(`/api/v1/records/${draftId}/corrections`, {
      ...RECORDS.decisionDraft(),
      type: undefined,
      reason: '补充证据材料',
    });
    expect(corrected.statusCode).toBe(201);
    const resubmitted = (
      await act(agency.handler.client, request, { action: 'resubmit', comment: '已补充' })
    ).json();
    expect(resubmitted).toMatchObject({
      status: 'pending',
      currentStep: 0,
      subjectRecordId: corrected.json().id,
    });
  });

  it('countersigned, completes only when the countersigner approves too; delegated, only the delegate acts', async () => {
    const { caseId, draftId } = await caseAwaitingDecision(false);
    const deputy = await createAndSignIn(testApp, admin, {
      username: 'dh.deputy',
      displayName: '副队长',
      agencyId: agency.agencyId,
      departmentId: agency.departmentId,
      roles: ['department_head'],
    });
    let request = await submit(caseId, 'decision', draftId);
    request = (
      await act(agency.head.client, request, { action: 'countersign', userId: deputy.id })
    ).json();
    request = (
      await act(agency.head.client, request, { action: 'approve', comment: '同意' })
    ).json();
    expect(request.currentStep).toBe(0);
    request = (
      await act(deputy.client, request, { action: 'approve', comment: '会签同意' })
    ).json();
    expect(request.currentStep).toBe(1);

    const toOfficer = await act(agency.chief.client, request, {
      action: 'delegate',
      userId: agency.assistant.id,
    });
    expect(toOfficer.statusCode).toBe(400);
    const reminded = await act(agency.handler.client, request, { action: 'remind' });
    expect(reminded.statusCode).toBe(200);
    request = reminded.json();
    const actions = (await agency.handler.client.get(`/api/v1/approvals/${request.id}`)).json()
      .actions;
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'submit',
      'countersign',
      'approve',
      'approve',
      'remind',
    ]);
  });
});
