import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIdFor } from '../src/ledger/log-id.ts';
import {
  changshanAgency,
  fileCase,
  openCaseBody,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { signInAdmin, createTestApp, type Client, type TestApp } from './support/test-app.ts';

/** A made-up 2027 notice (testdata/holiday-notices/README.md): the real one is not known here. */
const NOTICE_2027 = readFileSync(
  new URL('../../../testdata/holiday-notices/notice-2027-made-up.txt', import.meta.url),
  'utf8',
);
const BAD_NOTICE = readFileSync(
  new URL('../../../testdata/holiday-notices/notice-2027-bad-total.txt', import.meta.url),
  'utf8',
);
/** The first item of the real 2026 notice: 2026 is built in. */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。`;

interface FindingJson {
  ruleId: string;
  severity: string;
  message: string;
  dueAt: string | null;
  provisionalYears?: number[];
}

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let caseId: string;

async function caseFindings(): Promise<FindingJson[]> {
  const response = await changshan.handler.client.get(`/api/v1/cases/${caseId}/findings`);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: FindingJson[] }).items;
}

/** The stored findings (the cross-case list and calendar read these). */
async function storedFindings(): Promise<FindingJson[]> {
  const response = await changshan.handler.client.get('/api/v1/findings?ruleId=decision-overdue');
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: (FindingJson & { caseId: string })[] }).items.filter(
    (f) => f.caseId === caseId,
  );
}

beforeAll(async () => {
  // Late 2026: a 90-day period from here runs into 2027, the first year not built in.
  const filedAt = new Date('2026-11-20T10:00:00+08:00');
  testApp = await createTestApp({}, { clockStartsAt: filedAt });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  const opened = await changshan.handler.client.post('/api/v1/cases', openCaseBody(changshan));
  expect(opened.statusCode).toBe(201);
  caseId = (opened.json() as { id: string }).id;
  await fileCase(changshan, caseId, filedAt.toISOString());
}, 120_000);
afterAll(() => testApp?.close());

describe('a deadline in a year whose holidays are not entered', () => {
  it('is a provisional due (the earliest possible end), not an undetermined finding', async () => {
    const findings = await caseFindings();
    expect(findings.filter((f) => f.severity === 'undetermined')).toEqual([]);
    const decision = findings.find((f) => f.ruleId === 'decision-overdue');
    // Filed on 2026-11-20; 90 days run into 2027, which is not built in.
    expect(decision).toMatchObject({ severity: 'due', provisionalYears: [2027] });
    expect(decision!.dueAt).not.toBeNull();
    expect(decision!.message).toContain('暂定期限');
    expect(decision!.message).toMatch(/（2027年\d+月\d+日24时前）/);
    const stored = (await storedFindings()).find((f) => f.ruleId === 'decision-overdue');
    expect(stored).toMatchObject({ severity: 'due' });
    expect(stored!.message).toContain('暂定期限');
  });
});

describe('entering a year from the State Council notice', () => {
  it('is refused to anyone but the platform administrator', async () => {
    for (const url of ['/api/v1/calendar/years/preview', '/api/v1/calendar/years']) {
      expectProblem(
        await changshan.handler.client.post(url, { text: NOTICE_2027 }),
        403,
        'forbidden',
      );
      expectProblem(
        await changshan.chief.client.post(url, { text: NOTICE_2027 }),
        403,
        'forbidden',
      );
    }
  });

  it('refuses a notice that does not parse, in Chinese, and stores nothing', async () => {
    const bad = expectProblem(
      await admin.post('/api/v1/calendar/years', { text: BAD_NOTICE }),
      422,
      'holiday-notice-unparseable',
    );
    expect(bad.detail).toContain('二、春节：通知写共 9 天，但 2027-02-05 至 2027-02-12 是 8 天');
    expectProblem(
      await admin.post('/api/v1/calendar/years/preview', { text: '随便一段文字' }),
      422,
      'holiday-notice-unparseable',
    );
    expectProblem(
      await admin.post('/api/v1/calendar/years', { text: '  ' }),
      400,
      'validation-failed',
    );
    const years = (await admin.get('/api/v1/calendar/years')).json() as { year: number }[];
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
  });

  it('previews every day off and adjusted working day before anything is saved', async () => {
    const response = await admin.post('/api/v1/calendar/years/preview', { text: NOTICE_2027 });
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({
      year: 2027,
      documentNumber: '国办发明电〔2026〕9号',
      existing: null,
    });
    expect(preview.arrangements).toHaveLength(7);
    expect(preview.arrangements[1]).toMatchObject({
      festival: '春节',
      from: '2027-02-05',
      to: '2027-02-12',
      days: 8,
      workdays: ['2027-01-31', '2027-02-20'],
    });
    expect(preview.arrangements[1].daysOffList).toHaveLength(8);
    // Nothing stored by a preview.
    expectProblem(
      await changshan.handler.client.get('/api/v1/calendar/working-days?date=2027-02-08'),
      422,
      'calendar-year-not-covered',
    );
  });

  it('saves, ledgers, and makes the case’s deadline exact', async () => {
    const response = await admin.post('/api/v1/calendar/years', { text: NOTICE_2027 });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ year: 2027 });
    expect(response.json().findingsRefreshed).toBeGreaterThanOrEqual(1);

    const decision = (await caseFindings()).find((f) => f.ruleId === 'decision-overdue');
    expect(decision).toMatchObject({ severity: 'due' });
    expect(decision!.provisionalYears).toBeUndefined();
    expect(decision!.message).not.toContain('暂定');
    const stored = (await storedFindings()).find((f) => f.ruleId === 'decision-overdue');
    expect(stored!.message).not.toContain('暂定');

    const day = await changshan.handler.client.get('/api/v1/calendar/working-days?date=2027-02-08');
    expect(day.json()).toMatchObject({ working: false, reason: 'holiday', festival: '春节' });

    await testApp.ledger.settle();
    const platform = await entriesOf(testApp.database.db, 'platform');
    const entered = platform.find((e) => e.action === 'calendar.holiday_year_entered');
    expect(entered).toMatchObject({
      actor: { type: 'user', username: 'admin' },
      target: { type: 'holiday_year', id: '2027' },
      data: { year: 2027, documentNumber: '国办发明电〔2026〕9号' },
    });
    const years = (await admin.get('/api/v1/calendar/years')).json() as {
      year: number;
      source: string;
    }[];
    expect(years.map((y) => [y.year, y.source])).toEqual([
      [2024, 'built_in'],
      [2025, 'built_in'],
      [2026, 'built_in'],
      [2027, 'entered'],
    ]);
  });

  it('never silently replaces a year already entered or built in', async () => {
    const again = expectProblem(
      await admin.post('/api/v1/calendar/years', { text: NOTICE_2027 }),
      409,
      'holiday-year-exists',
    );
    expect(again).toMatchObject({ year: 2027, source: 'entered' });
    const builtIn = expectProblem(
      await admin.post('/api/v1/calendar/years', { text: NOTICE_2026 }),
      409,
      'holiday-year-exists',
    );
    expect(builtIn).toMatchObject({ year: 2026, source: 'built_in' });
    const preview = await admin.post('/api/v1/calendar/years/preview', { text: NOTICE_2026 });
    expect(preview.json()).toMatchObject({ year: 2026, existing: 'built_in' });
  });
});

describe('regional holiday layers', () => {
  it('are chosen by the agency’s administrator, ledgered, and counted in its working days', async () => {
    const url = `/api/v1/agencies/${changshan.agencyId}/holiday-layers`;
    expect((await changshan.handler.client.get(url)).json()).toEqual({ layers: [] });
    expectProblem(
      await changshan.handler.client.put(url, { layers: ['ningxia'] }),
      403,
      'forbidden',
    );
    expectProblem(await admin.put(url, { layers: ['xinjiang'] }), 400, 'validation-failed');

    const set = await admin.put(url, { layers: ['ningxia'] });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ layers: ['ningxia'] });
    expect((await changshan.handler.client.get(url)).json()).toEqual({ layers: ['ningxia'] });

    // 开斋节 2026 in 宁夏 (a Friday): a day off for this agency only.
    const day = await changshan.handler.client.get('/api/v1/calendar/working-days?date=2026-03-20');
    expect(day.json()).toMatchObject({ working: false, festival: '开斋节（宁夏回族自治区）' });
    const national = await admin.get('/api/v1/calendar/working-days?date=2026-03-20');
    expect(national.json()).toMatchObject({ working: true });

    await testApp.ledger.settle();
    const agencyLog = await entriesOf(testApp.database.db, logIdFor(changshan.agencyId));
    expect(agencyLog.find((e) => e.action === 'calendar.agency_layers_set')).toMatchObject({
      data: { before: [], after: ['ningxia'] },
    });

    const layers = (await admin.get('/api/v1/calendar/regional-layers')).json() as {
      id: string;
      years: { verified: boolean }[];
    }[];
    expect(layers.map((l) => l.id)).toEqual(['ningxia', 'dehong']);
    expect(layers.flatMap((l) => l.years).every((y) => y.verified === false)).toBe(true);
  });
});
