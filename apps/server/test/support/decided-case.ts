import { expect } from 'vitest';
import {
  addRecord,
  approveAllSteps,
  fileCase,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
} from './case-fixtures.ts';

/** Every step of an approval, each by whoever its current step names. */
export async function approveAll(fixture: AgencyFixture, requestId: string) {
  const { request } = (await fixture.handler.client.get(`/api/v1/approvals/${requestId}`)).json();
  // Each step by the role it asks for, with the legal review's 建议 where the chain has one.
  const done = await approveAllSteps(fixture, request as Parameters<typeof approveAllSteps>[1]);
  expect(done.status).toBe('approved');
}

export async function move(fixture: AgencyFixture, caseId: string, transition: string) {
  const response = await fixture.handler.client.post(`/api/v1/cases/${caseId}/transitions`, {
    transition,
  });
  expect(response.statusCode, response.body).toBe(200);
}

/** A case filed and investigated (the rights notice given), submitted for decision. */
export async function caseAtDecision(
  fixture: AgencyFixture,
  overrides: Record<string, unknown> = {},
) {
  const handler = fixture.handler.client;
  const opened = await handler.post('/api/v1/cases', openCaseBody(fixture, overrides));
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  await fileCase(fixture, id);
  // A penalty leaves its investigation only with evidence on record (investigation-unrecorded).
  await addRecord(handler, id, RECORDS.evidenceRegister());
  await addRecord(handler, id, RECORDS.rightsNotice());
  await move(fixture, id, 'submit_for_decision');
  return id;
}

/** An ordinary penalty case filed, investigated, approved and decided: in 送达执行. */
export async function decidedCase(
  fixture: AgencyFixture,
  decision: object = RECORDS.decisionDocument(),
  caseOverrides: Record<string, unknown> = {},
) {
  const handler = fixture.handler.client;
  const id = await caseAtDecision(fixture, caseOverrides);
  await addRecord(handler, id, RECORDS.handlerOpinion());
  const draft = await addRecord(handler, id, RECORDS.decisionDraft());
  const approval = await handler.post(`/api/v1/cases/${id}/approvals`, {
    kind: 'decision',
    recordId: draft.id,
  });
  await approveAll(fixture, approval.json().id);
  await addRecord(handler, id, decision);
  await move(fixture, id, 'decide');
  return id;
}
