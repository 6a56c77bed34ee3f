import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { logIdFor } from '../src/ledger/log-id.ts';
import type { AgencyFixture } from './support/case-fixtures.ts';
import { holesWorld } from './support/holes-world.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createAndSignIn, type Client, type TestApp } from './support/test-app.ts';

/**
 * Issue 14, holes 4, 5, 6 and the oracles of 12: who may grant which role, who reads which
 * ledger, what a supervisor sees of the agencies he does not supervise, what a grant may
 * add, and what another agency's ids and people reveal.
 */

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;
let agencyAdmin: { client: Client; id: string };
let supervisor: { client: Client; id: string };
let caseId: string;

beforeAll(async () => {
  ({ testApp, admin, changshan, pingluo, agencyAdmin, supervisor, caseId } = await holesWorld());
  // Fourteen accounts, each a few scrypt hashes: slow on a loaded two-core machine.
}, 240_000);
afterAll(async () => {
  await testApp.close();
});

describe('hole 5: roles that read cases are granted by a platform administrator only', () => {
  it('an agency administrator cannot give himself or a colleague a case-reading role', async () => {
    const self = await agencyAdmin.client.patch(`/api/v1/users/${agencyAdmin.id}`, {
      roles: ['admin', 'agency_head'],
    });
    const refused = expectProblem(self, 403, 'cannot-change-own-roles');
    expect(refused.detail).toMatch(/不能修改自己的角色/);

    const promote = await agencyAdmin.client.patch(`/api/v1/users/${changshan.handler.id}`, {
      roles: ['officer', 'department_head'],
    });
    expect(expectProblem(promote, 403, 'role-grant-needs-platform-admin').detail).toMatch(
      /平台系统管理员/,
    );
    const me = (await agencyAdmin.client.get('/api/v1/auth/session')).json().user;
    expect(me.roles).toEqual(['admin']);
  });

  it('an agency administrator creates only administrators; a head or a supervisor account is refused', async () => {
    for (const roles of [['agency_head'], ['supervisor'], ['officer'], ['admin', 'archivist']]) {
      const created = await agencyAdmin.client.post('/api/v1/users', {
        username: `cs.new${roles.length}${roles[0]!.length}`,
        displayName: '新账号',
        agencyId: changshan.agencyId,
        departmentId: roles.includes('officer') ? changshan.departmentId : null,
        certificateNumber: roles.includes('officer') ? 'cs-9001' : null,
        roles,
      });
      expectProblem(created, 403, 'role-grant-needs-platform-admin');
    }
    const clerk = await agencyAdmin.client.post('/api/v1/users', {
      username: 'cs.admin2',
      displayName: '第二管理员',
      agencyId: changshan.agencyId,
      roles: ['admin'],
    });
    expect(clerk.statusCode).toBe(201);
  });

  it('an agency administrator may remove roles, rename, deactivate and reset, but not move a reader to another department', async () => {
    const person = await createAndSignIn(testApp, admin, {
      username: 'cs.ma',
      displayName: '马六',
      agencyId: changshan.agencyId,
      departmentId: changshan.departmentId,
      roles: ['officer', 'archivist'],
      certificateNumber: 'cs-0777',
    });
    const second = (
      await admin.post(`/api/v1/agencies/${changshan.agencyId}/departments`, { name: '执法三中队' })
    ).json();
    const moved = await agencyAdmin.client.patch(`/api/v1/users/${person.id}`, {
      departmentId: second.id,
    });
    expectProblem(moved, 403, 'department-move-needs-platform-admin');

    const trimmed = await agencyAdmin.client.patch(`/api/v1/users/${person.id}`, {
      roles: ['officer'],
      displayName: '马小六',
      certificateNumber: 'cs-0778',
    });
    expect(trimmed.statusCode).toBe(200);
    expect(trimmed.json()).toMatchObject({
      roles: ['officer'],
      displayName: '马小六',
      certificateNumber: 'cs-0778',
    });
    const readd = await agencyAdmin.client.patch(`/api/v1/users/${person.id}`, {
      roles: ['officer', 'archivist'],
    });
    expectProblem(readd, 403, 'role-grant-needs-platform-admin');
    expect(
      (await agencyAdmin.client.post(`/api/v1/users/${person.id}/reset-password`)).statusCode,
    ).toBe(200);
    expect(
      (await agencyAdmin.client.post(`/api/v1/users/${person.id}/deactivate`)).statusCode,
    ).toBe(200);
    expect(
      (await agencyAdmin.client.post(`/api/v1/users/${person.id}/reactivate`)).statusCode,
    ).toBe(200);

    const byPlatform = await admin.patch(`/api/v1/users/${person.id}`, {
      roles: ['officer', 'department_head'],
      departmentId: second.id,
    });
    expect(byPlatform.statusCode).toBe(200);
  });

  it('not even a platform administrator changes his own roles', async () => {
    const me = (await admin.get('/api/v1/auth/session')).json().user;
    const self = await admin.patch(`/api/v1/users/${me.id}`, { roles: ['admin', 'supervisor'] });
    expectProblem(self, 403, 'cannot-change-own-roles');
  });
});

describe('hole 4: a supervisor reads the ledger of the agencies he supervises, nothing else', () => {
  it('reads his agencies entries, not another agency nor the platform log', async () => {
    await testApp.ledger.settle();
    const own = await supervisor.client.get(
      `/api/v1/ledger/logs/${logIdFor(changshan.agencyId)}/entries/0`,
    );
    expect(own.statusCode).toBe(200);
    expect(
      (await supervisor.client.get(`/api/v1/ledger/logs/${logIdFor(pingluo.agencyId)}/entries/0`))
        .statusCode,
    ).toBe(404);
    expect((await supervisor.client.get('/api/v1/ledger/logs/platform/entries/0')).statusCode).toBe(
      404,
    );
  });

  it('only a platform administrator makes a supervisor or assigns supervision', async () => {
    const made = await agencyAdmin.client.post('/api/v1/users', {
      username: 'cs.spy',
      displayName: '自设监督',
      agencyId: changshan.agencyId,
      roles: ['supervisor'],
    });
    expectProblem(made, 403, 'role-grant-needs-platform-admin');
    const assign = await agencyAdmin.client.put(
      `/api/v1/users/${supervisor.id}/supervised-agencies`,
      { agencyIds: [changshan.agencyId, pingluo.agencyId] },
    );
    expect(assign.statusCode).toBe(403);
    expect(
      (await agencyAdmin.client.get(`/api/v1/users/${supervisor.id}/supervised-agencies`))
        .statusCode,
    ).toBe(404);
  });
});

describe('hole 6: a supervisor sees only the agencies he supervises', () => {
  it('lists and opens his agencies, and another agency answers 404 everywhere', async () => {
    const list = await supervisor.client.get('/api/v1/agencies');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((agency: { id: string }) => agency.id)).toEqual([
      changshan.agencyId,
    ]);
    expect((await supervisor.client.get(`/api/v1/agencies/${changshan.agencyId}`)).statusCode).toBe(
      200,
    );
    for (const tail of ['', '/officers', '/approvers?roles=agency_head', '/departments']) {
      const other = await supervisor.client.get(`/api/v1/agencies/${pingluo.agencyId}${tail}`);
      expect(other.statusCode, tail).toBe(404);
    }
  });
});

describe('hole 12: a department id is no oracle', () => {
  it('answers the same for another agency department and for none', async () => {
    const elsewhere = await changshan.handler.client.patch(
      `/api/v1/departments/${pingluo.departmentId}`,
      { name: '探测' },
    );
    const nowhere = await changshan.handler.client.patch(
      `/api/v1/departments/${crypto.randomUUID()}`,
      { name: '探测' },
    );
    expect(elsewhere.statusCode).toBe(nowhere.statusCode);
    expect(elsewhere.json().type).toBe(nowhere.json().type);
    const byAdminElsewhere = await agencyAdmin.client.patch(
      `/api/v1/departments/${pingluo.departmentId}`,
      { name: '探测' },
    );
    const byAdminNowhere = await agencyAdmin.client.patch(
      `/api/v1/departments/${crypto.randomUUID()}`,
      { name: '探测' },
    );
    expect(byAdminElsewhere.statusCode).toBe(404);
    expect(byAdminNowhere.statusCode).toBe(404);
  });
});

describe('hole 6: a grant never widens what the reader may do', () => {
  const request = (client: Client, body: Record<string, unknown>) =>
    client.post(`/api/v1/cases/${caseId}/access-requests`, {
      reason: '协查',
      until: new Date(Date.now() + 24 * 3_600_000).toISOString(),
      ...body,
    });

  it('refuses a supervisor or the platform administrator as the reader, with 422', async () => {
    const platformAdminId = (await admin.get('/api/v1/auth/session')).json().user.id;
    for (const granteeId of [supervisor.id, platformAdminId]) {
      const refused = await request(changshan.chief.client, {
        kind: 'external_agency',
        onBehalfOf: '某市司法局',
        granteeId,
        permissions: ['case:read', 'evidence:download'],
      });
      const body = expectProblem(refused, 422, 'grantee-not-of-an-agency');
      expect(body.detail).toMatch(/执法监督人员/);
    }
  });

  it("refuses a permission the reader's roles lack, for another authority or for oneself", async () => {
    const external = await request(changshan.chief.client, {
      kind: 'external_agency',
      onBehalfOf: '平罗县退役军人事务局',
      granteeId: pingluo.legal.id,
      permissions: ['evidence:view', 'evidence:download'],
    });
    expect(expectProblem(external, 422, 'grant-beyond-grantee-role').detail).toMatch(/下载副本/);
    const own = await request(changshan.legal.client, {
      kind: 'beyond_permission',
      permissions: ['evidence:download'],
    });
    expectProblem(own, 422, 'grant-beyond-grantee-role');
    const viewing = await request(changshan.chief.client, {
      kind: 'external_agency',
      onBehalfOf: '平罗县退役军人事务局',
      granteeId: pingluo.legal.id,
      permissions: ['case:read', 'evidence:view'],
    });
    expect(viewing.statusCode, viewing.body).toBe(201);
  });
});

describe('hole 12: what other agencies reveal', () => {
  it('lists readers of other agencies by name and agency, never by login name', async () => {
    const found = await changshan.handler.client.get(
      `/api/v1/external-readers?q=${encodeURIComponent('平罗县')}`,
    );
    expect(found.statusCode).toBe(200);
    expect(found.json().items.length).toBeGreaterThan(0);
    expect(found.body).not.toMatch(/pl\.zhang|"username"/);
    const byLogin = await changshan.handler.client.get('/api/v1/external-readers?q=pl.zhang');
    expect(byLogin.json().items).toEqual([]);
  });
});
