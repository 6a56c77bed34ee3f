import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  changshanAgency,
  fileCase,
  openCaseBody,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';
import {
  Client,
  createTestApp,
  signInAdmin,
  STRONG_PASSWORD,
  type TestApp,
} from './support/test-app.ts';

// Each step goes through the whole server and database; generous on a busy machine.
const SLOW = 600_000;
/**
 * 行政处罚法 第六十条 (issue 15, point 7): the 90 days from filing may be extended with the
 * agency head's approval and stand still while the case waits for an expert opinion, a
 * hearing or a public notice. Entered through the API, counted by decision-overdue, so a
 * case decided within its extended period carries no false overdue finding. The clock is
 * set to 2026, whose holidays are entered, so every deadline here can be decided.
 */
let testApp: TestApp;
let changshan: AgencyFixture;
const DAY = 86_400_000;
const FILED = Date.parse('2026-03-02T02:00:00Z'); // Monday 10:00 in China
const ids = { extended: '', plain: '', suspended: '', stillSuspended: '', unfiled: '' };

beforeAll(async () => {
  // Date itself, so the records the fixtures date "now" are not ahead of the server's clock.
  vi.useFakeTimers({ toFake: ['Date'], now: FILED, shouldAdvanceTime: true });
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
    const opened = await changshan.handler.client.post('/api/v1/cases', openCaseBody(changshan));
    expect(opened.statusCode, opened.body).toBe(201);
    ids[key] = opened.json().id;
    if (key !== 'unfiled') await fileCase(changshan, ids[key]);
  }
}, SLOW);
afterAll(async () => {
  await testApp.close();
  vi.useRealTimers();
});

/** Days pass: sessions run out (SESSION_TTL_HOURS), so everyone signs in again. */
async function daysPass(days: number) {
  testApp.advance(days * DAY);
  const people = [
    [changshan.handler, 'cs.zhang'],
    [changshan.head, 'cs.chen'],
    [changshan.chief, 'cs.zhou'],
  ] as const;
  for (const [person, username] of people) {
    const client = new Client(testApp.app);
    const login = await client.login(username, STRONG_PASSWORD);
    expect(login.statusCode, login.body).toBe(200);
    person.client = client;
  }
}

const path = (id: string, what: string) => `/api/v1/cases/${id}/decision-period/${what}`;

async function decisionFinding(id: string) {
  const response = await changshan.handler.client.get(`/api/v1/cases/${id}/findings`);
  expect(response.statusCode).toBe(200);
  const items = response.json().items as { ruleId: string; severity: string; message: string }[];
  return items.find((finding) => finding.ruleId === 'decision-overdue');
}

describe('the decision period of 行政处罚法 第六十条', { timeout: SLOW }, () => {
  it('is suspended for an expert opinion and resumed, by the case officers', async () => {
    await daysPass(10);
    const suspended = await changshan.handler.client.post(path(ids.suspended, 'suspensions'), {
      cause: 'testing',
      reason: '委托司法鉴定机构鉴定',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json().events.at(-1)).toMatchObject({
      type: 'decision_period_suspended',
      data: { cause: 'testing', reason: '委托司法鉴定机构鉴定' },
    });
    const again = await changshan.handler.client.post(path(ids.suspended, 'suspensions'), {
      cause: 'hearing',
      reason: '举行听证',
    });
    expectProblem(again, 409, 'decision-period-already-suspended');
    expect(
      (
        await changshan.handler.client.post(path(ids.stillSuspended, 'suspensions'), {
          cause: 'public_notice',
          reason: '公告送达',
        })
      ).statusCode,
    ).toBe(200);

    await daysPass(30);
    const resumed = await changshan.handler.client.post(path(ids.suspended, 'resumptions'), {});
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json().events.at(-1).type).toBe('decision_period_resumed');
    expectProblem(
      await changshan.handler.client.post(path(ids.plain, 'resumptions'), {}),
      409,
      'decision-period-not-suspended',
    );
  });

  it('is extended by the agency head with a reason, and by nobody else', async () => {
    await daysPass(40); // day 80 of 90
    const byOfficer = await changshan.handler.client.post(path(ids.extended, 'extensions'), {
      days: 30,
      reason: '案情复杂',
    });
    expectProblem(byOfficer, 403, 'forbidden');
    const byDepartmentHead = await changshan.head.client.post(path(ids.extended, 'extensions'), {
      days: 30,
      reason: '案情复杂',
    });
    expectProblem(byDepartmentHead, 403, 'forbidden');
    const extended = await changshan.chief.client.post(path(ids.extended, 'extensions'), {
      days: 30,
      reason: '案情复杂，需补充调查',
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().events.at(-1)).toMatchObject({
      type: 'decision_period_extended',
      data: { days: 30, reason: '案情复杂，需补充调查', approverName: '周局长' },
    });
  });

  it('refuses what cannot be: bad input, an unfiled case, a time before filing', async () => {
    const chief = changshan.chief.client;
    expectProblem(
      await chief.post(path(ids.extended, 'extensions'), { days: 0, reason: '案情复杂' }),
      400,
      'validation-failed',
    );
    expectProblem(
      await chief.post(path(ids.extended, 'extensions'), { days: 10, reason: '' }),
      400,
      'validation-failed',
    );
    expectProblem(
      await changshan.handler.client.post(path(ids.plain, 'suspensions'), {
        cause: 'weather',
        reason: '天气',
      }),
      400,
      'validation-failed',
    );
    expectProblem(
      await chief.post(path(ids.unfiled, 'extensions'), { days: 10, reason: '案情复杂' }),
      409,
      'decision-period-not-started',
    );
    expectProblem(
      await changshan.handler.client.post(path(ids.plain, 'suspensions'), {
        cause: 'testing',
        reason: '委托鉴定',
        at: '2026-03-01T10:00:00+08:00',
      }),
      400,
      'validation-failed',
    );
  });

  it('moves the end, so only the case nobody extended or suspended is overdue', async () => {
    await daysPass(15); // day 95
    expect(await decisionFinding(ids.plain)).toMatchObject({ severity: 'violation' });
    const extended = await decisionFinding(ids.extended);
    expect(extended).toMatchObject({ severity: 'due' });
    expect(extended!.message).toContain('经周局长批准延长 30 日（案情复杂，需补充调查）');
    const suspended = await decisionFinding(ids.suspended);
    expect(suspended).toMatchObject({ severity: 'due' });
    expect(suspended!.message).toContain('30 日不计入期限');
    const standing = await decisionFinding(ids.stillSuspended);
    expect(standing).toMatchObject({ severity: 'due' });
    expect(standing!.message).toContain('因公告中止计算期限');
  });

  it('shows the case page the end in force and each change (the case detail)', async () => {
    const detail = async (id: string) => {
      const response = await changshan.handler.client.get(`/api/v1/cases/${id}`);
      expect(response.statusCode).toBe(200);
      return response.json().decisionPeriod;
    };
    // Filed 2026-03-02: 90 days end on Sunday 05-31, so on Monday 06-01 (民法典 第二百零三条).
    expect(await detail(ids.plain)).toMatchObject({
      period: '90 日',
      deadline: '2026-06-01T16:00:00.000Z',
      provisionalYears: [],
      decidedAt: null,
      suspendedSince: null,
      changes: [],
    });
    // 30 more days from the 90th: 06-30, a Tuesday.
    expect(await detail(ids.extended)).toMatchObject({
      deadline: '2026-06-30T16:00:00.000Z',
      changes: [
        {
          kind: 'extension',
          days: 30,
          counted: true,
          reason: '案情复杂，需补充调查',
          approverName: '周局长',
        },
      ],
    });
    expect(await detail(ids.suspended)).toMatchObject({
      suspendedSince: null,
      changes: [{ kind: 'suspension', cause: 'testing', days: 30, counted: true }],
    });
    const standing = await detail(ids.stillSuspended);
    expect(standing.suspendedSince).not.toBeNull();
    expect(standing.changes).toMatchObject([
      { kind: 'suspension', cause: 'public_notice', resumedAt: null, counted: true },
    ]);
    expect(await detail(ids.unfiled)).toBeNull();
  });
});
