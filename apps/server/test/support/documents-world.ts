import { expect } from 'vitest';
import type { AgencyFixture } from './case-fixtures.ts';
import { caseAtDecision } from './decided-case.ts';
import type { Client } from './test-app.ts';

/** 常山's document settings: what a 决定书 needs of the agency (复议机关, court, payment). */
export const DOCUMENT_SETTINGS = {
  expectedVersion: null,
  masthead: '常山县综合行政执法局',
  reconsiderationBody: '常山县人民政府',
  court: '常山县人民法院',
  paymentInstructions: '请到常山县农商银行各网点缴纳。',
  numberPatterns: { rights_notice: '常综执罚告字〔{年}〕第{号:3}号' },
};

export interface IssuedDocumentView {
  readonly id: string;
  readonly recordId: string;
  readonly number: string;
  readonly sha256: string;
  readonly verificationCode: string;
}

/** The id of the case's (first) record of `type`. */
export async function recordOfType(client: Client, caseId: string, type: string): Promise<string> {
  const { items } = (await client.get(`/api/v1/cases/${caseId}/records`)).json() as {
    items: { id: string; type: string }[];
  };
  const found = items.find((record) => record.type === type);
  if (found === undefined) throw new Error(`no ${type} on case ${caseId}`);
  return found.id;
}

/** Issues the record's document as the case's handler. */
export async function issue(fixture: AgencyFixture, recordId: string): Promise<IssuedDocumentView> {
  const response = await fixture.handler.client.post(`/api/v1/records/${recordId}/issue`);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A case at decision whose 行政处罚事先告知书 is issued. */
export async function issuedRightsNotice(fixture: AgencyFixture) {
  const caseId = await caseAtDecision(fixture);
  const noticeId = await recordOfType(fixture.handler.client, caseId, 'rights_notice');
  return { caseId, document: await issue(fixture, noticeId) };
}
