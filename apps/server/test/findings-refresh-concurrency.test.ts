import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAllFindings } from '../src/findings/schedule-findings-refresh.ts';
import { agencyWithOfficers, openCaseBody, type AgencyFixture } from './support/case-fixtures.ts';
import { testDriver } from './support/test-database.ts';
import { createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

/**
 * The periodic findings refresh beside record writes on the same cases. On PostgreSQL they
 * run on separate pooled connections, truly at once: before the refresh locked the case row
 * first, the two took the case and its findings in opposite orders and deadlocked, and the
 * whole run was dropped. PGlite is one connection in one process whose transactions run one
 * after another, so nothing can deadlock there; the test runs anyway (it still proves that
 * no run is lost and every write lands).
 */
const CASES = 4;
const ROUNDS = 25;

let testApp: TestApp;
let fixture: AgencyFixture;
const caseIds: string[] = [];

beforeAll(async () => {
  if (testDriver === 'pglite') {
    console.info(
      'findings-refresh-concurrency: PGlite is a single connection (transactions run one at a time), so this cannot deadlock there; the deadlock itself is exercised on PostgreSQL.',
    );
  }
  testApp = await createTestApp();
  const admin = await signInAdmin(testApp);
  fixture = await agencyWithOfficers(testApp, admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-000',
    prefix: 'cs',
  });
  for (let index = 0; index < CASES; index += 1) {
    const opened = await fixture.handler.client.post(
      '/api/v1/cases',
      openCaseBody(fixture, { name: `某某贸易有限公司未按规定设置店招案（${index + 1}）` }),
    );
    if (opened.statusCode !== 201) throw new Error(`open case failed: ${opened.body}`);
    caseIds.push(opened.json().id);
  }
}, 120_000);
afterAll(() => testApp.close());

describe('the periodic findings refresh under concurrent record writes', () => {
  it('loses no run and no write, round after round', { timeout: 600_000 }, async () => {
    const errors: unknown[] = [];
    const logger = { error: (object: unknown) => void errors.push(object) };
    const later = () => new Date(Date.now() + 25 * 3_600_000);
    for (let round = 0; round < ROUNDS; round += 1) {
      const writes = caseIds.map((caseId) =>
        fixture.handler.client.post(`/api/v1/cases/${caseId}/records`, {
          type: 'case_source_record',
          madeAt: new Date().toISOString(),
          fields: { caseSource: `日常巡查发现（第 ${round + 1} 轮）`, filing: '经批准立案调查' },
        }),
      );
      const [refreshed, ...responses] = await Promise.all([
        refreshAllFindings(testApp.database.db, later, logger),
        ...writes,
      ]);
      expect(
        responses.map((response) => response.statusCode),
        responses.map((response) => response.body).join('\n'),
      ).toEqual(caseIds.map(() => 201));
      expect(refreshed).toBe(CASES);
    }
    expect(errors).toEqual([]);
    const detail = await fixture.handler.client.get(`/api/v1/cases/${caseIds[0]}`);
    expect(
      detail.json().records.filter((r: { type: string }) => r.type === 'case_source_record'),
    ).toHaveLength(ROUNDS);
  });
});
