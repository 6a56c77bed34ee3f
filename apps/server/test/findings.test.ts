import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAllFindings } from '../src/findings/schedule-findings-refresh.ts';
import {
  addRecord,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
  changshanAgency,
  seedAgency,
} from './support/case-fixtures.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let dehong: AgencyFixture;
let changshan: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  dehong = await seedAgency(testApp, admin, '003');
  changshan = await changshanAgency(testApp, admin);
});
afterAll(() => testApp.close());

type ListedFinding = { caseId: string; ruleId: string; severity: string; dueAt: string | null };

async function findings(client: Client, query = '') {
  const response = await client.get(`/api/v1/findings${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().items as ListedFinding[];
}

describe('findings across cases', () => {
  it('are stored as each case changes, listed per agency and filtered', async () => {
    const opened = (
      await dehong.handler.client.post('/api/v1/cases', openCaseBody(dehong, { emergency: true }))
    ).json();
    const own = await findings(dehong.handler.client);
    const ofCase = own.filter((f) => f.caseId === opened.id);
    // The 程序启动审批表 (003 第十条); the 案件来源及立案记录 is 000's and 001's practice,
    // listed only with severity=advice.
    expect(ofCase.map((f) => f.ruleId).sort()).toEqual([
      'emergency-launch-unapproved',
      'required-record-missing',
    ]);
    const advice = await findings(dehong.handler.client, '?severity=advice');
    expect(advice.filter((f) => f.caseId === opened.id).map((f) => f.ruleId)).toEqual([
      'required-record-missing',
    ]);
    const due = await findings(dehong.handler.client, '?severity=due');
    expect(due.map((f) => f.ruleId)).toEqual(['emergency-launch-unapproved']);
    expect(due[0]!.dueAt).not.toBeNull();
    expect(await findings(changshan.handler.client)).toEqual([]);

    await addRecord(dehong.handler.client, opened.id, RECORDS.launchForm());
    const after = await findings(dehong.handler.client, '?ruleId=required-record-missing');
    expect(after.filter((f) => f.caseId === opened.id)).toHaveLength(0);
  });

  it('turn from due to violation by the periodic refresh once the deadline passes', async () => {
    const opened = (
      await dehong.handler.client.post('/api/v1/cases', openCaseBody(dehong, { emergency: true }))
    ).json();
    const before = await findings(dehong.handler.client, '?ruleId=emergency-launch-unapproved');
    expect(before.find((f) => f.caseId === opened.id)?.severity).toBe('due');
    const later = new Date(Date.now() + 25 * 3_600_000);
    expect(await refreshAllFindings(testApp.database.db, () => later)).toBeGreaterThan(0);
    const after = await findings(dehong.handler.client, '?ruleId=emergency-launch-unapproved');
    expect(after.find((f) => f.caseId === opened.id)?.severity).toBe('violation');
  });

  it('refuse a filter they do not know', async () => {
    const response = await dehong.handler.client.get('/api/v1/findings?severity=urgent');
    expect(response.statusCode).toBe(400);
  });
});
