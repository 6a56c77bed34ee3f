import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { openFilesystemEvidenceStore } from '../src/evidence/filesystem-evidence-store.ts';
import {
  agencyWithOfficers,
  openCaseBody,
  PERSON,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { createTestDatabase } from './support/test-database.ts';
import {
  Client,
  createTestApp,
  createTestLedger,
  signInAdmin,
  type TestApp,
} from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let fixture: AgencyFixture;
let caseId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = await signInAdmin(testApp);
  fixture = await agencyWithOfficers(testApp, admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-000',
    prefix: 'cs',
  });
  const opened = await fixture.handler.client.post('/api/v1/cases', openCaseBody(fixture));
  if (opened.statusCode !== 201) throw new Error(`open case failed: ${opened.body}`);
  caseId = opened.json().id;
}, 180_000);
afterAll(() => testApp.close());

interface ProblemJson {
  type: string;
  status: number;
  detail: string;
  invalidParams?: { name: string; reason: string }[];
}

function expectInvalid(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  field: string,
) {
  expect(response.statusCode).toBe(400);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemJson;
  expect(body.type).toBe('https://liuhen.org/problems/validation-failed');
  expect(body.invalidParams?.map((param) => param.name)).toContain(field);
  expect(body.detail).toMatch(/\p{Script=Han}/u);
}

/** A JSON body written by hand, so a lone surrogate reaches the server as `\ud800`. */
function rawPost(client: Client, url: string, json: string) {
  return testApp.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/json',
      cookie: client.cookie!,
      'x-csrf-token': client.csrfToken!,
    },
    payload: json,
  });
}

describe('text the database cannot store is a 400 naming the field', () => {
  it('a NUL byte in a name', async () => {
    const response = await admin.post('/api/v1/agencies', { name: '执法\u0000局', code: 'NUL1' });
    expectInvalid(response, 'body.name');
  });

  it('a lone surrogate in a name', async () => {
    const response = await rawPost(
      admin,
      '/api/v1/agencies',
      '{"name":"执法\\ud800局","code":"SUR1"}',
    );
    expectInvalid(response, 'body.name');
  });

  it("a NUL byte in a party's address when a case is opened", async () => {
    const response = await fixture.handler.client.post(
      '/api/v1/cases',
      openCaseBody(fixture, {
        parties: [{ ...PERSON, address: '常山县\u0000某路 1 号' }],
      }),
    );
    expectInvalid(response, 'body.parties.0.address');
  });

  it('a NUL byte or a lone surrogate deep in a record, and nothing is written', async () => {
    const before = (await fixture.handler.client.get(`/api/v1/cases/${caseId}`)).json();
    const nul = await fixture.handler.client.post(`/api/v1/cases/${caseId}/records`, {
      type: 'case_source_record',
      madeAt: '2026-11-23T09:00:00+08:00',
      fields: { caseSource: '日常巡查\u0000发现', filing: '经批准立案调查' },
    });
    expectInvalid(nul, 'body.fields.caseSource');
    const surrogate = await rawPost(
      fixture.handler.client,
      `/api/v1/cases/${caseId}/records`,
      '{"type":"case_source_record","madeAt":"2026-11-23T09:00:00+08:00","fields":{"caseSource":"\\udc00","filing":"经批准立案调查"}}',
    );
    expectInvalid(surrogate, 'body.fields.caseSource');
    const after = (await fixture.handler.client.get(`/api/v1/cases/${caseId}`)).json();
    expect(after.records).toHaveLength(before.records.length);
  });

  it('a NUL byte in a search parameter', async () => {
    expectInvalid(await admin.get('/api/v1/users?q=%00'), 'querystring.q');
    expectInvalid(await admin.get('/api/v1/users?q=a%00b'), 'querystring.q');
  });
});

describe('free text has a length limit, told in Chinese', () => {
  it("a party's name and address beyond their maxima", async () => {
    const response = await fixture.handler.client.post(
      '/api/v1/cases',
      openCaseBody(fixture, {
        parties: [{ ...PERSON, name: '王'.repeat(101), address: '常山县'.repeat(70) }],
      }),
    );
    expectInvalid(response, 'body.parties.0.name');
    const reasons = (response.json() as ProblemJson).invalidParams!.map((p) => p.reason);
    expect(reasons).toContain('姓名最多 100 个字');
    expect(reasons).toContain('地址最多 200 个字');
  });
});

describe('state-secret markings are refused in every written form (000 第十七条)', () => {
  const metadata = (classification: string) =>
    Object.entries({
      filename: '现场录像.mp4',
      filetype: 'video/mp4',
      sha256: 'e'.repeat(64),
      classification,
    })
      .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
      .join(',');
  const declare = (classification: string) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: {
        'tus-resumable': '1.0.0',
        'upload-length': '1024',
        'upload-metadata': metadata(classification),
        cookie: fixture.handler.client.cookie!,
        'x-csrf-token': fixture.handler.client.csrfToken!,
      },
    });

  it.each(['秘密★10年', '绝密★长期', '国家秘密（机密）', '【机密】★5年', '秘密级'])(
    'an upload marked %j is a 422 citing 000 第十七条',
    async (marking) => {
      const response = await declare(marking);
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        type: 'https://liuhen.org/problems/state-secret-refused',
        citations: [{ seed: '000', article: '第十七条' }],
      });
    },
  );

  it('a trade secret is not a state secret: the upload is accepted', async () => {
    expect((await declare('商业秘密')).statusCode).toBe(201);
  });

  it('a case declared 绝密★长期 is told why it cannot be entered', async () => {
    const response = await fixture.handler.client.post(
      '/api/v1/cases',
      openCaseBody(fixture, { confidentiality: '绝密★长期' }),
    );
    expectInvalid(response, 'body.confidentiality');
    expect(response.json().detail).toContain('第十七条');
  });
});

describe('a paging cursor is checked before it reaches a query', () => {
  const cursor = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

  it('padding, NUL bytes and broken UTF-8 are refused', async () => {
    expectInvalid(await admin.get('/api/v1/users?cursor=AA=='), 'querystring.cursor');
    expectInvalid(await admin.get('/api/v1/users?cursor=AA'), 'querystring.cursor');
    expectInvalid(await admin.get('/api/v1/agencies?cursor=AA'), 'querystring.cursor');
    expectInvalid(await admin.get('/api/v1/agencies?cursor=_w'), 'querystring.cursor');
  });

  it("a case cursor must be a time and a case's id", async () => {
    const client = fixture.handler.client;
    for (const text of ['2026-01-01T00:00:00.000Z|not-a-uuid', 'yesterday|x', '|', 'abc']) {
      expectInvalid(await client.get(`/api/v1/cases?cursor=${cursor(text)}`), 'querystring.cursor');
    }
  });

  it('a cursor the server made still pages', async () => {
    const first = await admin.get('/api/v1/users?limit=1');
    expect(first.statusCode).toBe(200);
    const next = first.json().nextCursor as string;
    const second = await admin.get(`/api/v1/users?limit=1&cursor=${next}`);
    expect(second.statusCode).toBe(200);
    expect(second.json().items[0].username).not.toBe(first.json().items[0].username);
  });
});

describe('the log never shows the parameters of a failed query', () => {
  it('keeps the statement and drops identity numbers, phones and addresses', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'liuhen-log-'));
    const testDatabase = await createTestDatabase();
    const config = {
      ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
      database: testDatabase.target,
    };
    const database = await openDatabase(config.database);
    const ledger = await createTestLedger(database, config);
    const lines: string[] = [];
    const app = await buildApp({
      config,
      database,
      evidenceStore: await openFilesystemEvidenceStore(config.evidenceDir),
      ledger,
      logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } },
    });
    const residentId = '11010519491231002X';
    const phone = '13912345678';
    const address = '常山县天马街道某某路 88 号';
    // A query that fails inside the database with party data as its parameters.
    app.get('/test/failing-query', async () => {
      await database.db.execute(
        sql`select ${residentId}::int + ${phone}::int as n, ${address}::text as a`,
      );
      return {};
    });
    try {
      await app.ready();
      const response = await app.inject({ method: 'GET', url: '/test/failing-query' });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain(residentId);
      const log = lines.join('');
      expect(log).toContain('request failed');
      expect(log).toContain('::int');
      for (const secret of [residentId, phone, address, '某某路']) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await app.close();
      await testDatabase.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('requests Node refuses before any route', () => {
  it('a header too large is a 431 problem+json', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'liuhen-431-'));
    const testDatabase = await createTestDatabase();
    const config = {
      ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
      database: testDatabase.target,
    };
    const database = await openDatabase(config.database);
    const ledger = await createTestLedger(database, config);
    const app = await buildApp({
      config,
      database,
      evidenceStore: await openFilesystemEvidenceStore(config.evidenceDir),
      ledger,
      logger: false,
    });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString('utf8')));
        socket.on('close', () => resolve(received));
        socket.on('error', (error) => (received === '' ? reject(error) : resolve(received)));
        socket.write(
          `GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
        );
      });
      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 431 /);
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      const problem = JSON.parse(body!) as ProblemJson;
      expect(problem.status).toBe(431);
      expect(problem.type).toBe('https://liuhen.org/problems/header-fields-too-large');
      expect(problem.detail).toMatch(/\p{Script=Han}/u);
    } finally {
      await app.close();
      await testDatabase.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
