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
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * Approval chains come from the agency's profile (issue 15 point 4): 002 第四条(二) 报主要
 * 负责人批准 with the 科室负责人意见, 003 第三十九条 承办人 → 审核人 → 批准人, 004 记录制度
 * 第九条's legal review of every penalty decision. A request keeps the chain it was
 * submitted with.
 */
let testApp: TestApp;
let admin: Client;
let changzhi: AgencyFixture;
let dehong: AgencyFixture;
let changshan: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changzhi = await seedAgency(testApp, admin, '002');
  dehong = await seedAgency(testApp, admin, '003');
  changshan = await seedAgency(testApp, admin, '004');
});
afterAll(() => testApp.close());

interface RequestView {
  id: string;
  version: number;
  status: string;
  currentStep: number;
  steps: {
    key: string;
    label: string;
    roles: string[];
    citations: Record<string, string>[];
    approvedBy?: string;
  }[];
}

async function openCase(fixture: AgencyFixture, overrides: Record<string, unknown> = {}) {
  const response = await fixture.handler.client.post(
    '/api/v1/cases',
    openCaseBody(fixture, overrides),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return (response.json() as { id: string }).id;
}

async function submitLaunch(fixture: AgencyFixture, caseId: string) {
  await addRecord(fixture.handler.client, caseId, RECORDS.caseSource());
  const form = await addRecord(fixture.handler.client, caseId, RECORDS.launchForm());
  const response = await fixture.handler.client.post(`/api/v1/cases/${caseId}/approvals`, {
    kind: 'launch',
    recordId: form.id,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as RequestView;
}

function act(client: Client, request: RequestView, body: object) {
  return client.post(`/api/v1/approvals/${request.id}/actions`, {
    action: 'approve',
    expectedVersion: request.version,
    ...body,
  });
}

async function approved(client: Client, request: RequestView, body: object) {
  const response = await act(client, request, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as RequestView;
}

async function caseEvents(fixture: AgencyFixture, caseId: string) {
  const detail = (await fixture.handler.client.get(`/api/v1/cases/${caseId}`)).json();
  return detail.events.map((event: { type: string }) => event.type) as string[];
}

const shape = (request: RequestView) =>
  request.steps.map((step) => [step.key, step.label, step.roles, step.citations]);

describe('the launch approval under 002 第四条(二)', () => {
  it('takes the department head’s opinion, then the agency head’s approval; the head alone no longer launches', async () => {
    const caseId = await openCase(changzhi);
    let request = await submitLaunch(changzhi, caseId);
    const article = [{ seed: '002', article: '第四条' }];
    expect(shape(request)).toEqual([
      ['review', '执法科室负责人意见', ['department_head'], article],
      ['approval', '主要负责人批准', ['agency_head'], article],
    ]);

    const chiefFirst = await act(changzhi.chief.client, request, { comment: '同意' });
    expect(chiefFirst.statusCode).toBe(403);
    request = await approved(changzhi.head.client, request, { comment: '拟同意立案调查' });
    expect(request).toMatchObject({ status: 'pending', currentStep: 1 });
    expect(request.steps[0]!.approvedBy).toBe(changzhi.head.id);
    expect(await caseEvents(changzhi, caseId)).not.toContain('launch_approved');
    const filed = await changzhi.handler.client.post(`/api/v1/cases/${caseId}/transitions`, {
      transition: 'file',
    });
    expect(filed.statusCode).toBe(409);

    const headAgain = await act(changzhi.head.client, request, { comment: '同意' });
    expect(headAgain.statusCode).toBe(403);
    request = await approved(changzhi.chief.client, request, { comment: '批准立案' });
    expect(request.status).toBe('approved');
    expect(await caseEvents(changzhi, caseId)).toContain('launch_approved');

    const detail = (await changzhi.handler.client.get(`/api/v1/approvals/${request.id}`)).json();
    expect(
      detail.actions.map((a: { action: string; stepIndex: number; comment: string | null }) => [
        a.action,
        a.stepIndex,
        a.comment,
      ]),
    ).toEqual([
      ['submit', 0, null],
      ['approve', 0, '拟同意立案调查'],
      ['approve', 1, '批准立案'],
    ]);
  });
});

describe('the launch approval under 003 第三十九条', () => {
  it('goes 审核 (department head) then 批准 (agency head)', async () => {
    const caseId = await openCase(dehong);
    let request = await submitLaunch(dehong, caseId);
    const article = [{ seed: '003', article: '第三十九条' }];
    expect(shape(request)).toEqual([
      ['review', '审核', ['department_head'], article],
      ['approval', '批准', ['agency_head'], article],
    ]);
    request = await approved(dehong.head.client, request, { comment: '审核同意' });
    expect(request).toMatchObject({ status: 'pending', currentStep: 1 });
    expect(await caseEvents(dehong, caseId)).not.toContain('launch_approved');
    request = await approved(dehong.chief.client, request, { comment: '批准' });
    expect(request.status).toBe('approved');
    expect(await caseEvents(dehong, caseId)).toContain('launch_approved');
  });

  it('puts the 法制机构合法性审查 of 第十条 between them for a major case', async () => {
    const caseId = await openCase(dehong, { majorDecision: true });
    let request = await submitLaunch(dehong, caseId);
    expect(request.steps.map((step) => [step.key, step.label, step.citations])).toEqual([
      ['review', '审核', [{ seed: '003', article: '第三十九条' }]],
      ['legal_review', '法制机构合法性审查', [{ seed: '003', article: '第十条' }]],
      ['approval', '批准', [{ seed: '003', article: '第三十九条' }]],
    ]);
    request = await approved(dehong.head.client, request, { comment: '审核同意' });
    const chiefTooEarly = await act(dehong.chief.client, request, { comment: '批准' });
    expect(chiefTooEarly.statusCode).toBe(403);
    request = await approved(dehong.legal.client, request, { comment: '启动合法' });
    request = await approved(dehong.chief.client, request, { comment: '批准' });
    expect(request.status).toBe('approved');
  });
});

describe('the decision approval under 004 记录制度 第九条', () => {
  it('asks the legal reviewer for every penalty decision, major or not, before the head', async () => {
    const caseId = await openCase(changshan);
    await fileCase(changshan, caseId);
    await addRecord(changshan.handler.client, caseId, RECORDS.evidenceRegister());
    await addRecord(changshan.handler.client, caseId, RECORDS.rightsNotice());
    const moved = await changshan.handler.client.post(`/api/v1/cases/${caseId}/transitions`, {
      transition: 'submit_for_decision',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await addRecord(changshan.handler.client, caseId, RECORDS.handlerOpinion());
    const draft = await addRecord(changshan.handler.client, caseId, RECORDS.decisionDraft());
    const submitted = await changshan.handler.client.post(`/api/v1/cases/${caseId}/approvals`, {
      kind: 'decision',
      recordId: draft.id,
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    let request = submitted.json() as RequestView;
    const article = [{ seed: '004', article: '第九条', document: '行政执法全过程记录制度' }];
    expect(shape(request)).toEqual([
      ['legal_review', '法制审核', ['legal_reviewer'], article],
      ['approval', '本单位负责人审批', ['agency_head'], article],
    ]);

    for (const someone of [changshan.head, changshan.chief]) {
      const notTheirs = await act(someone.client, request, { comment: '同意' });
      expect(notTheirs.statusCode).toBe(403);
    }
    const noSuggestions = await act(changshan.legal.client, request, { comment: '合法' });
    expect(noSuggestions.json().invalidParams[0].name).toBe('body.suggestions');
    request = await approved(changshan.legal.client, request, {
      comment: '事实清楚，程序合法',
      suggestions: '建议按一般情节处罚',
    });
    request = await approved(changshan.chief.client, request, { comment: '同意' });
    expect(request.status).toBe('approved');

    const records = (await changshan.handler.client.get(`/api/v1/cases/${caseId}/records`)).json();
    expect(
      records.items.find((record: { type: string }) => record.type === 'legal_review'),
    ).toMatchObject({
      fields: { reviewers: ['吴法制'], opinion: '事实清楚，程序合法' },
      createdBy: changshan.legal.id,
    });
  });
});

describe('an approval in flight', () => {
  it('keeps the chain it was submitted with when the profile behind its case changes', async () => {
    const caseId = await openCase(changzhi);
    let request = await submitLaunch(changzhi, caseId);
    // The agency moves to 004, whose launch one department head approves alone; the case
    // itself is moved too (as an edited profile version would be), the harder case.
    const moved = await admin.put(`/api/v1/agencies/${changzhi.agencyId}/profile`, {
      profileId: 'seed-004',
    });
    expect(moved.statusCode).toBe(200);
    await testApp.database.db.execute(
      sql`update cases set profile_id = 'seed-004' where id = ${caseId}`,
    );

    request = await approved(changzhi.head.client, request, { comment: '拟同意' });
    expect(request).toMatchObject({ status: 'pending', currentStep: 1 });
    expect(request.steps.map((step) => step.label)).toEqual([
      '执法科室负责人意见',
      '主要负责人批准',
    ]);
    expect(await caseEvents(changzhi, caseId)).not.toContain('launch_approved');
    request = await approved(changzhi.chief.client, request, { comment: '批准' });
    expect(request.status).toBe('approved');

    // A request submitted now follows the profile in force for its case.
    const later = await openCase(changzhi);
    const fresh = await submitLaunch(changzhi, later);
    expect(fresh.steps.map((step) => [step.key, step.roles, step.citations])).toEqual([
      ['approval', ['department_head', 'agency_head'], []],
    ]);
  });
});
