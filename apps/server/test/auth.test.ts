import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LOCK_MS, LOGIN_MAX_FAILURES } from '../src/auth/login-policy.ts';
import {
  Client,
  createTestApp,
  signInAdmin,
  STRONG_PASSWORD,
  type TestApp,
} from './support/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(() => testApp.close());

describe('first start and the one-time password', () => {
  it('the bootstrap administrator must change the one-time password before anything else', async () => {
    const client = new Client(testApp.app);
    const login = await client.login('admin', testApp.admin.oneTimePassword);
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({
      username: 'admin',
      roles: ['admin'],
      mustChangePassword: true,
    });

    const cookie = login.cookies.find((c) => c.name === 'liuhen_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');

    const blocked = await client.get('/api/v1/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toMatch(/password-change-required$/);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);

    const weak = await client.post('/api/v1/auth/password', {
      currentPassword: testApp.admin.oneTimePassword,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().invalidParams[0]).toMatchObject({ name: 'body.newPassword' });

    const wrongCurrent = await client.post('/api/v1/auth/password', {
      currentPassword: 'not-the-password-1',
      newPassword: STRONG_PASSWORD,
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().invalidParams[0].name).toBe('body.currentPassword');

    const changed = await client.post('/api/v1/auth/password', {
      currentPassword: testApp.admin.oneTimePassword,
      newPassword: STRONG_PASSWORD,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    expect((await client.get('/api/v1/users')).statusCode).toBe(200);

    const reuse = new Client(testApp.app);
    expect((await reuse.login('admin', testApp.admin.oneTimePassword)).statusCode).toBe(401);
    expect((await reuse.login('ADMIN', STRONG_PASSWORD)).statusCode).toBe(200);
  });
});

describe('login failures', () => {
  it('a wrong password and an unknown user get the same 401', async () => {
    const client = new Client(testApp.app);
    const wrong = await client.login('admin', 'wrong-password-1');
    const unknown = await client.login('nobody-here', 'wrong-password-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.cookies).toHaveLength(0);
  });

  it(`${LOGIN_MAX_FAILURES} failures lock the name for 15 minutes, real or not`, async () => {
    const admin = await signInAdminAgain();
    const created = await admin.post('/api/v1/users', {
      username: 'lock.target',
      displayName: '锁定测试',
      agencyId: null,
      roles: ['supervisor'],
    });
    expect(created.statusCode).toBe(201);
    const password = created.json().oneTimePassword;

    for (const name of ['lock.target', 'ghost.user']) {
      const client = new Client(testApp.app);
      const statuses: number[] = [];
      for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
        statuses.push((await client.login(name, `bad-password-${i}`)).statusCode);
      }
      expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    }
    const locked = await new Client(testApp.app).login('lock.target', password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().type).toMatch(/login-locked$/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);

    testApp.advance(LOGIN_LOCK_MS + 1_000);
    const after = await new Client(testApp.app).login('lock.target', password);
    expect(after.statusCode).toBe(200);
  });
});

describe('per-address rate limit', () => {
  it('too many attempts from one address in a minute are refused for any name', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const client = new Client(limited.app);
      for (const name of ['a.one', 'b.two', 'c.three']) {
        expect((await client.login(name, 'bad-password-1')).statusCode).toBe(401);
      }
      const fourth = await client.login('admin', limited.admin.oneTimePassword);
      expect(fourth.statusCode).toBe(429);
      limited.advance(61_000);
      expect((await client.login('admin', limited.admin.oneTimePassword)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions and CSRF', () => {
  it('a write without the CSRF token is refused and changes nothing', async () => {
    const admin = await signInAdminAgain();
    const token = admin.csrfToken;
    admin.csrfToken = undefined;
    const refused = await admin.post('/api/v1/agencies', { name: '跨站请求测试局', code: '跨站' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toMatch(/csrf-token-invalid$/);
    admin.csrfToken = 'forged-token-value-000000000000';
    expect(
      (await admin.post('/api/v1/agencies', { name: '跨站请求测试局', code: '跨站' })).statusCode,
    ).toBe(403);
    admin.csrfToken = token;
    const list = await admin.get('/api/v1/agencies');
    expect(list.json().items.map((a: { name: string }) => a.name)).not.toContain('跨站请求测试局');
  });

  it('logout ends the session on the server', async () => {
    const admin = await signInAdminAgain();
    const cookie = admin.cookie;
    expect((await admin.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const replay = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: cookie! },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().type).toMatch(/unauthenticated$/);
  });

  it('sessions expire', async () => {
    const admin = await signInAdminAgain();
    testApp.advance(testApp.config.sessionTtlMs + 1_000);
    expect((await admin.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('without a cookie, API routes answer 401', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/users' });
    expect(response.statusCode).toBe(401);
  });
});

async function signInAdminAgain(): Promise<Client> {
  const client = new Client(testApp.app);
  const login = await client.login('admin', STRONG_PASSWORD);
  if (login.statusCode !== 200) return signInAdmin(testApp);
  return client;
}
