import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIdFor } from '../src/ledger/log-id.ts';
import {
  openCaseBody,
  type AgencyFixture,
  changshanAgency,
  pingluoAgency,
} from './support/case-fixtures.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import {
  createAndSignIn,
  createTestApp,
  signInAdmin,
  type Client,
  type TestApp,
} from './support/test-app.ts';

/**
 * Issue 14, holes 4, 5, 6 and the department-id oracle of 12: who may grant which role, who
 * reads which ledger, what a supervisor sees of the agencies he does not supervise.
 */

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;
let agencyAdmin: { client: Client; id: string };
let supervisor: { client: Client; id: string };
let colleague: { client: Client; id: string };
let caseId: string;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  pingluo = await pingluoAgency(testApp, admin);
  agencyAdmin = await createAndSignIn(testApp, admin, {
    username: 'cs.admin',
    displayName: '常山管理员',
    agencyId: changshan.agencyId,
    roles: ['admin'],
  });
  supervisor = await createAndSignIn(testApp, admin, {
    username: 'sfj.jian',
    displayName: '司法局简监督',
    agencyId: null,
    roles: ['supervisor'],
  });
  const assigned = await admin.put(`/api/v1/users/${supervisor.id}/supervised-agencies`, {
    agencyIds: [changshan.agencyId],
  });
  expect(assigned.statusCode).toBe(200);
  colleague = await createAndSignIn(testApp, admin, {
    username: 'cs.wang',
    displayName: '王五',
    agencyId: changshan.agencyId,
    departmentId: changshan.departmentId,
    roles: ['officer'],
    certificateNumber: 'cs-0003',
  });
  const opened = await changshan.handler.client.post('/api/v1/cases', openCaseBody(changshan));
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.json().id;
  await testApp.ledger.settle();
  // Fourteen accounts, each a few scrypt hashes: slow on a loaded two-core machine.
}, 240_000);
afterAll(async () => {
  await testApp.close();
});

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  slug: string,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as { type: string; detail: string };
  expect(body.type).toBe(`https://liuhen.org/problems/${slug}`);
  return body;
}

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

const metadataHeader = (pairs: Record<string, string>) =>
  Object.entries(pairs)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

function tus(
  client: Client,
  method: 'POST' | 'HEAD' | 'PATCH' | 'DELETE' | 'GET',
  url: string,
  headers: Record<string, string> = {},
  payload?: Buffer,
) {
  return client.app.inject({
    method,
    url,
    headers: {
      cookie: client.cookie!,
      'x-csrf-token': client.csrfToken!,
      'tus-resumable': '1.0.0',
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

function startUpload(client: Client, bytes: Buffer, extra: Record<string, string> = {}) {
  return tus(client, 'POST', '/api/v1/uploads', {
    'upload-length': String(bytes.length),
    'upload-metadata': metadataHeader({
      filename: extra.filename ?? '现场.mp4',
      filetype: extra.filetype ?? 'video/mp4',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...extra,
    }),
  });
}

describe('hole 7: only the uploader touches an upload in progress', () => {
  it('a colleague gets 404 to HEAD, PATCH, DELETE and GET, and cannot spoil it', async () => {
    const bytes = randomBytes(200);
    const created = await startUpload(changshan.handler.client, bytes);
    expect(created.statusCode).toBe(201);
    const location = created.headers.location as string;
    const junk = Buffer.alloc(100, 0x6a);
    for (const response of [
      await tus(colleague.client, 'HEAD', location),
      await tus(
        colleague.client,
        'PATCH',
        location,
        { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
        junk,
      ),
      await tus(colleague.client, 'DELETE', location),
      await tus(colleague.client, 'GET', location),
    ]) {
      expect(response.statusCode).toBe(404);
    }
    // An administrator of the agency may look and end it, but never send its bytes.
    expect((await tus(agencyAdmin.client, 'GET', location)).statusCode).toBe(200);
    const adminPatch = await tus(
      agencyAdmin.client,
      'PATCH',
      location,
      { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
      junk,
    );
    expect(adminPatch.statusCode).toBe(404);
    const head = await tus(changshan.handler.client, 'HEAD', location);
    expect(head.headers['upload-offset']).toBe('0');

    const patched = await tus(
      changshan.handler.client,
      'PATCH',
      location,
      { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
      bytes,
    );
    expect(patched.statusCode).toBe(204);
    expect((await tus(changshan.handler.client, 'GET', location)).json().status).toBe('completed');
  });

  it("an administrator's termination is ledgered under his own name", async () => {
    const bytes = randomBytes(64);
    const created = await startUpload(changshan.handler.client, bytes);
    const location = created.headers.location as string;
    expect((await tus(agencyAdmin.client, 'DELETE', location)).statusCode).toBe(204);
    await testApp.ledger.settle();
    const uploadId = location.split('/').at(-1);
    const terminated = (await entriesOf(testApp.database.db, logIdFor(changshan.agencyId))).find(
      (entry) => entry.action === 'evidence.upload_terminated' && entry.target?.id === uploadId,
    );
    expect(terminated?.actor).toMatchObject({ id: agencyAdmin.id, username: 'cs.admin' });
  });

  it('may not be bound to a case the uploader cannot work on', async () => {
    const bytes = randomBytes(32);
    for (const person of [colleague, changshan.legal]) {
      const refused = await startUpload(person.client, bytes, { caseId });
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await startUpload(changshan.assistant.client, bytes, { caseId })).statusCode).toBe(201);
  });
});

describe('hole 1: a docked recording is read through its case policy', () => {
  async function access(client: Client, id: string, purpose: 'view' | 'download' = 'view') {
    return client.post(`/api/v1/imported-files/${id}/access`, { purpose, reason: '核对画面' });
  }

  async function docked(serial: string) {
    const bytes = randomBytes(4096);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await storeEvidenceAs(changshan.handler.client, bytes);
    const imported = await changshan.handler.client.post('/api/v1/imported-files', {
      sha256,
      deviceSerial: serial,
      originalPath: `VIDEO/${serial}.mp4`,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().status).toBe('unassigned');
    return imported.json().id as string;
  }

  async function placeOnCase(id: string) {
    const placed = await changshan.handler.client.post(`/api/v1/imported-files/${id}/assignment`, {
      caseId,
      reason: '画面为该案现场',
    });
    expect(placed.statusCode, placed.body).toBe(200);
  }

  it('on a case: only who may watch that case, and every read is in its access history', async () => {
    const id = await docked('DSJ-HOLE-1A');
    await placeOnCase(id);

    // Exactly as for the case's AV records: a colleague not on the case and the agency's
    // administrator are refused, another agency does not learn the file exists.
    expect((await access(colleague.client, id)).statusCode).toBe(403);
    expect((await access(agencyAdmin.client, id)).statusCode).toBe(403);
    expect((await access(pingluo.chief.client, id)).statusCode).toBe(404);

    const handler = await access(changshan.handler.client, id);
    expect(handler.statusCode).toBe(201);
    const watched = await changshan.handler.client.app.inject({
      method: 'GET',
      url: handler.json().url,
      headers: { cookie: changshan.handler.client.cookie!, range: 'bytes=0-9' },
    });
    expect(watched.statusCode).toBe(206);
    expect((await access(supervisor.client, id)).statusCode).toBe(201);
    expect((await access(supervisor.client, id, 'download')).statusCode).toBe(403);

    await testApp.ledger.settle();
    const history = await changshan.head.client.get(`/api/v1/cases/${caseId}/access-history`);
    expect(history.statusCode).toBe(200);
    const reads = history
      .json()
      .items.filter(
        (item: { action: string; target: string }) =>
          item.action === 'imported_file.accessed' && item.target === `imported_file:${id}`,
      );
    expect(reads.map((item: { actor: { id: string } }) => item.actor.id)).toEqual([
      changshan.handler.id,
      supervisor.id,
    ]);
  });

  it('on a case: lists and counts show it only to who may read that case', async () => {
    const id = await docked('DSJ-HOLE-1C');
    await placeOnCase(id);
    const listed = async (client: Client) =>
      (
        (await client.get('/api/v1/imported-files?status=matched&limit=100')).json().items as {
          id: string;
        }[]
      ).map((item) => item.id);
    const matched = async (client: Client) =>
      (await client.get('/api/v1/imported-files/counts')).json().matched as number;
    // The case's officer lists it; the agency's administrator (no case reading) neither
    // lists it nor counts it: the list carries the case's number and name.
    expect(await listed(changshan.handler.client)).toContain(id);
    expect(await listed(agencyAdmin.client)).not.toContain(id);
    expect(await matched(changshan.handler.client)).toBeGreaterThanOrEqual(1);
    expect(await matched(agencyAdmin.client)).toBe(0);
  });

  it('in the inbox: its inbox people view it, nobody downloads it, and a link stops once it is placed', async () => {
    const id = await docked('DSJ-HOLE-1B');
    const early = await access(colleague.client, id);
    expect(early.statusCode).toBe(201);
    expect((await access(colleague.client, id, 'download')).statusCode).toBe(403);
    expect((await access(agencyAdmin.client, id)).statusCode).toBe(403);
    expect((await access(pingluo.chief.client, id)).statusCode).toBe(404);

    await placeOnCase(id);
    const afterwards = await colleague.client.app.inject({
      method: 'GET',
      url: early.json().url,
      headers: { cookie: colleague.client.cookie!, range: 'bytes=0-9' },
    });
    expect(afterwards.statusCode).toBe(403);
    await testApp.ledger.settle();
    const history = await changshan.head.client.get(`/api/v1/cases/${caseId}/access-history`);
    expect(
      history
        .json()
        .items.filter((item: { target: string }) => item.target === `imported_file:${id}`),
    ).toEqual([]);
  });
});

async function storeEvidenceAs(client: Client, bytes: Buffer, extra: Record<string, string> = {}) {
  const created = await startUpload(client, bytes, extra);
  expect(created.statusCode).toBe(201);
  const patched = await tus(
    client,
    'PATCH',
    created.headers.location as string,
    { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
    bytes,
  );
  expect(patched.statusCode).toBe(204);
}

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

describe('hole 12: what other agencies and stored files reveal', () => {
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

  it('serves only media inline; anything else as an attachment that is not sniffed', async () => {
    const page = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const sha256 = createHash('sha256').update(page).digest('hex');
    await storeEvidenceAs(changshan.handler.client, page, {
      filename: 'clip.html',
      filetype: 'text/html',
    });
    const imported = await changshan.handler.client.post('/api/v1/imported-files', {
      sha256,
      deviceSerial: 'DSJ-HOLE-12',
      originalPath: 'VIDEO/clip.html',
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const link = await changshan.handler.client.post(
      `/api/v1/imported-files/${imported.json().id}/access`,
      { purpose: 'view', reason: '核对画面' },
    );
    const served = await changshan.handler.client.get(link.json().url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-disposition']).toMatch(/^attachment;/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
  });
});
