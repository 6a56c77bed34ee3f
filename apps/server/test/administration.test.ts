import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createAndSignIn,
  createTestApp,
  signInAdmin,
  STRONG_PASSWORD,
  type TestApp,
} from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let agencyA: { id: string };
let agencyB: { id: string };
let departmentA: { id: string };
let departmentB: { id: string };

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  agencyA = (
    await admin.post('/api/v1/agencies', { name: '常山县综合行政执法局', code: '常综执' })
  ).json();
  agencyB = (
    await admin.post('/api/v1/agencies', { name: '平罗县退役军人事务局', code: '平退役' })
  ).json();
  departmentA = (
    await admin.post(`/api/v1/agencies/${agencyA.id}/departments`, { name: '执法一中队' })
  ).json();
  departmentB = (
    await admin.post(`/api/v1/agencies/${agencyB.id}/departments`, { name: '综合科' })
  ).json();
});
afterAll(() => testApp.close());

const officer = (overrides: Record<string, unknown> = {}) => ({
  username: 'zhang.wei',
  displayName: '张伟',
  certificateNumber: '33082200123',
  agencyId: agencyA.id,
  departmentId: departmentA.id,
  roles: ['officer'],
  ...overrides,
});

describe('agencies and departments', () => {
  it('creates, lists and renames; names and codes are unique', async () => {
    const list = await admin.get('/api/v1/agencies');
    expect(
      list
        .json()
        .items.map((a: { code: string }) => a.code)
        .sort(),
    ).toEqual(['常综执', '平退役']);

    const duplicate = await admin.post('/api/v1/agencies', { name: '另一个局', code: '常综执' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().type).toMatch(/agency-code-taken$/);

    const badCode = await admin.post('/api/v1/agencies', { name: '某某局', code: '常 综-执!' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().invalidParams[0].name).toBe('body.code');

    const renamed = await admin.patch(`/api/v1/departments/${departmentA.id}`, {
      name: '执法第一中队',
    });
    expect(renamed.json().name).toBe('执法第一中队');
    const sameName = await admin.post(`/api/v1/agencies/${agencyA.id}/departments`, {
      name: '执法第一中队',
    });
    expect(sameName.statusCode).toBe(409);
    const departments = await admin.get(`/api/v1/agencies/${agencyA.id}/departments`);
    expect(departments.json().items).toHaveLength(1);
  });

  it('pages through agencies with a cursor', async () => {
    const first = await admin.get('/api/v1/agencies?limit=1');
    expect(first.json().items).toHaveLength(1);
    expect(first.json().nextCursor).toBeTruthy();
    const second = await admin.get(`/api/v1/agencies?limit=1&cursor=${first.json().nextCursor}`);
    expect(second.json().items).toHaveLength(1);
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
    const third = await admin.get(`/api/v1/agencies?limit=1&cursor=${second.json().nextCursor}`);
    expect(third.json().items).toHaveLength(0);
    expect(third.json().nextCursor).toBeNull();
  });
});

describe('users', () => {
  it('creates an officer who logs in with the one-time password and must change it', async () => {
    const created = await admin.post('/api/v1/users', officer());
    expect(created.statusCode).toBe(201);
    const { user, oneTimePassword } = created.json();
    expect(user).toMatchObject({
      username: 'zhang.wei',
      roles: ['officer'],
      mustChangePassword: true,
      active: true,
    });
    expect(oneTimePassword).toMatch(/^.{16,}$/);
    expect(JSON.stringify(user)).not.toMatch(/password_hash|passwordHash|scrypt/);

    const client = new Client(testApp.app);
    expect((await client.login('zhang.wei', oneTimePassword)).json().user.mustChangePassword).toBe(
      true,
    );
    const changed = await client.post('/api/v1/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: STRONG_PASSWORD,
    });
    expect(changed.statusCode).toBe(200);
    const forbidden = await client.get('/api/v1/users');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().type).toMatch(/forbidden$/);
  });

  it('refuses accounts whose roles do not fit, naming each field', async () => {
    const noCertificate = await admin.post(
      '/api/v1/users',
      officer({ username: 'li.na', certificateNumber: null }),
    );
    expect(noCertificate.statusCode).toBe(400);
    expect(noCertificate.json().invalidParams.map((p: { name: string }) => p.name)).toContain(
      'body.certificateNumber',
    );

    const otherAgencysDepartment = await admin.post(
      '/api/v1/users',
      officer({
        username: 'li.na',
        certificateNumber: '33082200999',
        departmentId: departmentB.id,
      }),
    );
    expect(otherAgencysDepartment.statusCode).toBe(400);
    expect(otherAgencysDepartment.json().invalidParams[0].name).toBe('body.departmentId');

    const officerWithoutAgency = await admin.post(
      '/api/v1/users',
      officer({
        username: 'li.na',
        certificateNumber: '33082200999',
        agencyId: null,
        departmentId: null,
      }),
    );
    expect(officerWithoutAgency.statusCode).toBe(400);

    const unknownRole = await admin.post(
      '/api/v1/users',
      officer({ username: 'li.na', roles: ['superuser'] }),
    );
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.json().invalidParams[0].name).toMatch(/^body\.roles/);

    const list = await admin.get('/api/v1/users?q=li.na');
    expect(list.json().items).toHaveLength(0);
  });

  it('refuses a taken username or certificate number with 409', async () => {
    const sameName = await admin.post(
      '/api/v1/users',
      officer({ username: 'ZHANG.WEI', certificateNumber: '33082200777' }),
    );
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().type).toMatch(/username-taken$/);
    const sameCertificate = await admin.post('/api/v1/users', officer({ username: 'wang.fang' }));
    expect(sameCertificate.statusCode).toBe(409);
    expect(sameCertificate.json().type).toMatch(/certificate-number-taken$/);
  });

  it('changes roles and department, and deactivation ends sessions and blocks login', async () => {
    const { client, id } = await createAndSignIn(
      testApp,
      admin,
      officer({ username: 'chen.jing', certificateNumber: '33082200555' }),
    );
    const promoted = await admin.patch(`/api/v1/users/${id}`, {
      roles: ['officer', 'department_head'],
    });
    expect(promoted.json().roles).toEqual(['officer', 'department_head']);

    const deactivated = await admin.post(`/api/v1/users/${id}/deactivate`);
    expect(deactivated.json()).toMatchObject({ active: false });
    expect(deactivated.json().deactivatedAt).toBeTruthy();
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
    const login = await new Client(testApp.app).login('chen.jing', STRONG_PASSWORD);
    expect(login.statusCode).toBe(403);
    expect(login.json().type).toMatch(/account-deactivated$/);

    const active = await admin.get(`/api/v1/users?agencyId=${agencyA.id}&active=false`);
    expect(active.json().items.map((u: { username: string }) => u.username)).toEqual(['chen.jing']);

    await admin.post(`/api/v1/users/${id}/reactivate`);
    expect((await new Client(testApp.app).login('chen.jing', STRONG_PASSWORD)).statusCode).toBe(
      200,
    );
  });

  it('a password reset issues a new one-time password and ends old sessions', async () => {
    const { client, id } = await createAndSignIn(
      testApp,
      admin,
      officer({ username: 'zhao.lei', certificateNumber: '33082200444' }),
    );
    const reset = await admin.post(`/api/v1/users/${id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await new Client(testApp.app).login('zhao.lei', STRONG_PASSWORD)).statusCode).toBe(401);
    const fresh = await new Client(testApp.app).login('zhao.lei', reset.json().oneTimePassword);
    expect(fresh.json().user.mustChangePassword).toBe(true);
  });

  it('users are never deleted: no route, and the database refuses', async () => {
    const users = (await admin.get('/api/v1/users?q=zhang.wei')).json().items;
    const response = await testApp.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${users[0].id}`,
      headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrfToken! },
    });
    expect(response.statusCode).toBe(404);
    await expect(
      testApp.database.db.execute(sql`delete from users where username = 'zhang.wei'`),
    ).rejects.toThrow();
    expect((await admin.get('/api/v1/users?q=zhang.wei')).json().items).toHaveLength(1);
  });

  it('the last platform administrator cannot be demoted or deactivated, nor can one demote oneself', async () => {
    const me = (await admin.get('/api/v1/auth/session')).json().user;
    const demoteSelf = await admin.patch(`/api/v1/users/${me.id}`, { roles: ['supervisor'] });
    expect(demoteSelf.statusCode).toBe(403);
    const second = await createAndSignIn(testApp, admin, {
      username: 'second.admin',
      displayName: '第二管理员',
      agencyId: null,
      roles: ['admin'],
    });
    const deactivateFirst = await second.client.post(`/api/v1/users/${me.id}/deactivate`);
    expect(deactivateFirst.statusCode).toBe(200);
    const deactivateLast = await admin.post(`/api/v1/users/${second.id}/deactivate`);
    expect(deactivateLast.statusCode).toBe(401);
    // Nobody changes his own roles (issue 14): not even the last administrator standing.
    const lastStanding = await second.client.patch(`/api/v1/users/${second.id}`, {
      roles: ['admin', 'supervisor'],
    });
    expect(lastStanding.statusCode).toBe(403);
    await second.client.post(`/api/v1/users/${me.id}/reactivate`);
    admin = new Client(testApp.app);
    expect((await admin.login('admin', STRONG_PASSWORD)).statusCode).toBe(200);
    const demoteLast = await admin.patch(`/api/v1/users/${second.id}`, { roles: ['supervisor'] });
    expect(demoteLast.statusCode).toBe(200);
    const lockout = await second.client.patch(`/api/v1/users/${me.id}`, { roles: ['supervisor'] });
    expect(lockout.statusCode).toBe(403);
  });
});

describe('an agency administrator', () => {
  it('manages only its own agency; other agencies ids answer 404', async () => {
    const { client } = await createAndSignIn(testApp, admin, {
      username: 'admin.changshan',
      displayName: '常山管理员',
      agencyId: agencyA.id,
      roles: ['admin'],
    });
    const agencies = await client.get('/api/v1/agencies');
    expect(agencies.json().items.map((a: { id: string }) => a.id)).toEqual([agencyA.id]);
    expect((await client.get(`/api/v1/agencies/${agencyB.id}`)).statusCode).toBe(404);
    expect((await client.get(`/api/v1/agencies/${agencyB.id}/departments`)).statusCode).toBe(404);
    expect(
      (await client.post(`/api/v1/agencies/${agencyB.id}/departments`, { name: '渗透科' }))
        .statusCode,
    ).toBe(404);
    expect((await client.post('/api/v1/agencies', { name: '新局', code: '新局' })).statusCode).toBe(
      403,
    );

    const other = await admin.post(
      '/api/v1/users',
      officer({
        username: 'pingluo.officer',
        certificateNumber: '64022100001',
        agencyId: agencyB.id,
        departmentId: departmentB.id,
      }),
    );
    const otherId = other.json().user.id;
    expect((await client.get(`/api/v1/users/${otherId}`)).statusCode).toBe(404);
    expect((await client.post(`/api/v1/users/${otherId}/deactivate`)).statusCode).toBe(404);
    const users = await client.get(`/api/v1/users?agencyId=${agencyB.id}`);
    expect(users.json().items.every((u: { agencyId: string }) => u.agencyId === agencyA.id)).toBe(
      true,
    );
    const intoOther = await client.post(
      '/api/v1/users',
      officer({
        username: 'sneaky',
        certificateNumber: '64022100002',
        agencyId: agencyB.id,
        departmentId: departmentB.id,
      }),
    );
    expect(intoOther.statusCode).toBe(404);
    const platformWide = await client.post('/api/v1/users', {
      username: 'sneaky',
      displayName: '越权',
      agencyId: null,
      roles: ['admin'],
    });
    expect(platformWide.statusCode).toBe(404);
  });
});
