import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = await signInAdmin(testApp);
});
afterAll(() => testApp.close());

const URL = '/api/v1/calendar/working-days';

interface ProblemJson {
  type: string;
  title: string;
  status: number;
  detail: string;
  invalidParams?: { name: string; reason: string }[];
  [extension: string]: unknown;
}

function problemOf(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  slug: string,
): ProblemJson {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemJson;
  expect(body.type).toBe(`https://liuhen.org/problems/${slug}`);
  expect(body.title).toMatch(/\p{Script=Han}/u);
  return body;
}

describe('GET /api/v1/calendar/working-days?date=', () => {
  it('answers whether a day is a working day, and why', async () => {
    const cases = [
      [
        '2024-10-12',
        {
          working: true,
          reason: 'adjusted_workday',
          festival: '国庆节',
          reasonText: '调休上班（国庆节）',
        },
      ],
      [
        '2025-01-26',
        {
          working: true,
          reason: 'adjusted_workday',
          festival: '春节',
          reasonText: '调休上班（春节）',
        },
      ],
      [
        '2026-02-14',
        {
          working: true,
          reason: 'adjusted_workday',
          festival: '春节',
          reasonText: '调休上班（春节）',
        },
      ],
      [
        '2026-02-28',
        {
          working: true,
          reason: 'adjusted_workday',
          festival: '春节',
          reasonText: '调休上班（春节）',
        },
      ],
      [
        '2026-02-17',
        { working: false, reason: 'holiday', festival: '春节', reasonText: '春节假期' },
      ],
      ['2026-03-01', { working: false, reason: 'weekend', reasonText: '周末' }],
      ['2026-03-02', { working: true, reason: 'weekday', reasonText: '工作日' }],
    ] as const;
    for (const [date, expected] of cases) {
      const response = await admin.get(`${URL}?date=${date}`);
      expect(response.statusCode, date).toBe(200);
      expect(response.json()).toEqual({ date, ...expected });
    }
  });

  it('a date outside the recorded years is a 422 in Chinese, never a guess', async () => {
    const body = problemOf(
      await admin.get(`${URL}?date=2030-03-04`),
      422,
      'calendar-year-not-covered',
    );
    expect(body.detail).toBe(
      '2030 年的法定节假日安排尚未录入，无法计算工作日（已录入 2024–2026 年）。',
    );
    expect(body).toMatchObject({ year: 2030, coveredYears: [2024, 2025, 2026] });
  });

  it('refuses a date that does not exist', async () => {
    const body = problemOf(await admin.get(`${URL}?date=2026-02-30`), 400, 'validation-failed');
    expect(body.invalidParams).toEqual([{ name: 'querystring.date', reason: '不是有效的日期' }]);
    const shape = problemOf(await admin.get(`${URL}?date=2026-2-3`), 400, 'validation-failed');
    expect(shape.invalidParams?.[0]?.name).toBe('querystring.date');
  });
});

describe('GET /api/v1/calendar/working-days?from=&add=', () => {
  it('counts N working days from the day after the start, across the Spring Festival', async () => {
    const response = await admin.get(`${URL}?from=2026-02-12&add=3`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      from: '2026-02-12',
      add: 3,
      result: '2026-02-24',
      calendarDays: 12,
    });
    const zero = await admin.get(`${URL}?from=2026-02-16&add=0`);
    expect(zero.json()).toEqual({
      from: '2026-02-16',
      add: 0,
      result: '2026-02-16',
      calendarDays: 0,
    });
    const yearEnd = await admin.get(`${URL}?from=2025-12-30&add=3`);
    expect(yearEnd.json()).toMatchObject({ result: '2026-01-05', calendarDays: 6 });
  });

  it('stepping past the recorded years is a 422 naming the missing year', async () => {
    const body = problemOf(
      await admin.get(`${URL}?from=2026-12-20&add=30`),
      422,
      'calendar-year-not-covered',
    );
    expect(body.detail).toMatch(/^2027 年的法定节假日安排尚未录入，无法计算工作日/);
    problemOf(await admin.get(`${URL}?from=2030-01-02&add=1`), 422, 'calendar-year-not-covered');
  });

  it('add must be a whole number from 0 to 366', async () => {
    for (const add of ['-1', '367', '1.5', 'x', '']) {
      const body = problemOf(
        await admin.get(`${URL}?from=2026-02-12&add=${add}`),
        400,
        'validation-failed',
      );
      expect(
        body.invalidParams?.map((p) => p.name),
        add,
      ).toEqual(['querystring.add']);
    }
    expect((await admin.get(`${URL}?from=2026-01-05&add=366`)).statusCode).toBe(422);
    expect((await admin.get(`${URL}?from=2024-01-02&add=366`)).json()).toMatchObject({
      result: expect.stringMatching(/^2025-/),
    });
  });
});

describe('GET /api/v1/calendar/working-days: one question at a time', () => {
  it('neither date nor from/add is a 400 naming the parameters', async () => {
    const body = problemOf(await admin.get(URL), 400, 'validation-failed');
    expect(body.invalidParams?.map((p) => p.name)).toEqual([
      'querystring.date',
      'querystring.from',
      'querystring.add',
    ]);
    expect(body.detail).toMatch(/^请修改以下字段后重试：date（.+）；from（.+）；add（.+）$/);
  });

  it('both is a 400 naming the extra parameters', async () => {
    const body = problemOf(
      await admin.get(`${URL}?date=2026-02-14&from=2026-02-12&add=3`),
      400,
      'validation-failed',
    );
    expect(body.invalidParams?.map((p) => p.name)).toEqual(['querystring.from', 'querystring.add']);
  });

  it('from without add, add without from, and unknown parameters are 400s', async () => {
    const noAdd = problemOf(await admin.get(`${URL}?from=2026-02-12`), 400, 'validation-failed');
    expect(noAdd.invalidParams?.map((p) => p.name)).toEqual(['querystring.add']);
    const noFrom = problemOf(await admin.get(`${URL}?add=3`), 400, 'validation-failed');
    expect(noFrom.invalidParams?.map((p) => p.name)).toEqual(['querystring.from']);
    const unknown = problemOf(
      await admin.get(`${URL}?date=2026-02-14&days=3`),
      400,
      'validation-failed',
    );
    expect(unknown.invalidParams).toEqual([{ name: 'querystring.days', reason: '不允许的字段' }]);
  });
});

it('needs a signed-in user', async () => {
  const response = await testApp.app.inject({ method: 'GET', url: `${URL}?date=2026-02-14` });
  problemOf(response, 401, 'unauthenticated');
});

it('is in the OpenAPI document', async () => {
  const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const operation = document.paths['/api/v1/calendar/working-days']?.get;
  expect(operation).toBeDefined();
  expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
    'add',
    'date',
    'from',
  ]);
});
