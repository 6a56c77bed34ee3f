import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/problem-assertions.ts';
import { Client, createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;

beforeAll(async () => {
  testApp = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
  admin = await signInAdmin(testApp);
});
afterAll(() => testApp.close());

describe('bad input answers problem+json', () => {
  it('malformed JSON is a 400 naming the problem', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin",',
    });
    expectProblem(response, 400, 'malformed-json');
  });

  it('an empty JSON body is a 400', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(response.statusCode).toBe(400);
  });

  it('wrong types name each field', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 42, password: ['x'] },
    });
    const body = expectProblem(response, 400, 'validation-failed');
    const names = body.invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.username', 'body.password']));
    expect(body.detail).toMatch(/^请修改以下字段后重试：username（.+）；password（.+）$/);
  });

  it('unknown fields are refused by name', async () => {
    const response = await admin.post('/api/v1/agencies', {
      name: '测试市场监督管理局',
      code: '测市监',
      isAdmin: true,
    });
    const body = expectProblem(response, 400, 'validation-failed');
    expect(body.invalidParams).toEqual([{ name: 'body.isAdmin', reason: '不允许的字段' }]);
    const list = await admin.get('/api/v1/agencies');
    expect(list.json().items).toHaveLength(0);
  });

  it('a bad path parameter is a 400, not a database error', async () => {
    const response = await admin.get('/api/v1/users/not-a-uuid');
    const body = expectProblem(response, 400, 'validation-failed');
    expect(body.invalidParams[0]?.name).toBe('params.id');
  });

  it('an unknown API route is a 404 problem', async () => {
    expectProblem(await admin.get('/api/v1/no-such-thing'), 404, 'not-found');
    expectProblem(
      await testApp.app.inject({ method: 'GET', url: '/api/v2/health' }),
      404,
      'not-found',
    );
  });

  it('an oversized body is a 413', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'x'.repeat(10_000) },
    });
    expectProblem(response, 413, 'body-too-large');
  });

  it('a form post (not JSON) is a 415, so cross-site forms cannot write', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: '{"username":"admin","password":"x"}',
    });
    expectProblem(response, 415, 'unsupported-media-type');
  });

  it('health is public and reports the database driver and the evidence store', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: { status: 'ok', driver: testApp.database.driver },
      evidenceStore: { status: 'ok', kind: 'filesystem' },
    });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('an unexpected failure is a 500 problem that hides its cause', async () => {
    const broken = await createTestApp();
    const client = await signInAdmin(broken);
    await broken.database.close();
    const response = await client.get('/api/v1/users');
    const body = expectProblem(response, 500, 'internal-error');
    expect(JSON.stringify(body)).not.toMatch(/closed|pool|pglite|stack/i);
    const health = await broken.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json().database.status).toBe('unavailable');
    await broken.close();
  });
});
