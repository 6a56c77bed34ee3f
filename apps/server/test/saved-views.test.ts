import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createAndSignIn,
  createTestApp,
  signInAdmin,
  type TestApp,
} from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let owner: Client;
let other: Client;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  const supervisor = (username: string, displayName: string) =>
    createAndSignIn(testApp, admin, {
      username,
      displayName,
      agencyId: null,
      roles: ['supervisor'],
    });
  owner = (await supervisor('jiandu.wang', '王监督')).client;
  other = (await supervisor('jiandu.zhao', '赵监督')).client;
});
afterAll(() => testApp.close());

interface View {
  id: string;
  list: string;
  name: string;
  query: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

async function save(client: Client, body: Record<string, unknown>): Promise<View> {
  const response = await client.post('/api/v1/saved-views', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function views(client: Client, list: string): Promise<View[]> {
  const response = await client.get(`/api/v1/saved-views?list=${list}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

const remove = (client: Client, id: string) =>
  client.request('DELETE', `/api/v1/saved-views/${id}`);

/** The field names a 400 points at. */
function invalidFields(response: { statusCode: number; json(): unknown }): string[] {
  expect(response.statusCode).toBe(400);
  const body = response.json() as { type: string; invalidParams: { name: string }[] };
  expect(body.type).toMatch(/\/validation-failed$/);
  return body.invalidParams.map((param) => param.name);
}

describe('saved views', () => {
  it('are created with a trimmed name and listed by name, only the signed-in user’s, per list', async () => {
    const overdue = await save(owner, {
      list: 'cases',
      name: '  调查取证中的处罚案件 ',
      query: { stage: 'investigation', actType: 'penalty' },
    });
    expect(overdue).toMatchObject({
      list: 'cases',
      name: '调查取证中的处罚案件',
      query: { stage: 'investigation', actType: 'penalty' },
    });
    expect(overdue.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(overdue.updatedAt).toBe(overdue.createdAt);

    await save(owner, {
      list: 'cases',
      name: 'A 类：含误立',
      query: { includeClosedInError: 'true' },
    });
    await save(owner, { list: 'findings', name: '七日内到期', query: { dueSoon: 'true' } });
    await save(other, { list: 'cases', name: '别人的视图', query: { stage: 'launch' } });

    const ownCases = await views(owner, 'cases');
    // By name in code-point order: Latin before Chinese.
    expect(ownCases.map((view) => view.name)).toEqual(['A 类：含误立', '调查取证中的处罚案件']);
    expect(ownCases.every((view) => view.list === 'cases')).toBe(true);
    expect((await views(owner, 'findings')).map((view) => view.name)).toEqual(['七日内到期']);
    expect((await views(other, 'cases')).map((view) => view.name)).toEqual(['别人的视图']);
    expect(await views(other, 'findings')).toEqual([]);
  });

  it('are renamed and their filters replaced by their owner', async () => {
    const view = await save(owner, { list: 'cases', name: '待改名', query: { stage: 'launch' } });
    testApp.advance(60_000);

    const renamed = await owner.put(`/api/v1/saved-views/${view.id}`, { name: ' 立案阶段 ' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id: view.id, name: '立案阶段', query: view.query });
    expect(Date.parse(renamed.json().updatedAt)).toBeGreaterThan(Date.parse(view.createdAt));
    expect(renamed.json().createdAt).toBe(view.createdAt);

    const replaced = await owner.put(`/api/v1/saved-views/${view.id}`, {
      query: { stage: 'decision', search: '店招' },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({
      name: '立案阶段',
      query: { stage: 'decision', search: '店招' },
    });
    // Replaced, not merged.
    expect(Object.keys(replaced.json().query).sort()).toEqual(['search', 'stage']);

    // Keeping its own name is no conflict.
    const both = await owner.put(`/api/v1/saved-views/${view.id}`, {
      name: '立案阶段',
      query: { stage: 'launch' },
    });
    expect(both.statusCode, both.body).toBe(200);

    const listed = (await views(owner, 'cases')).find((v) => v.id === view.id);
    expect(listed).toMatchObject({ name: '立案阶段', query: { stage: 'launch' } });
  });

  it('are deleted by their owner', async () => {
    const view = await save(owner, { list: 'findings', name: '临时', query: { severity: 'due' } });
    const deleted = await remove(owner, view.id);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await views(owner, 'findings')).map((v) => v.id)).not.toContain(view.id);
    expect((await remove(owner, view.id)).statusCode).toBe(404);
  });

  it('refuse a name the user already gave a view of that list, with 409', async () => {
    await save(owner, { list: 'findings', name: '违规事项', query: { severity: 'violation' } });

    const duplicate = await owner.post('/api/v1/saved-views', {
      list: 'findings',
      name: ' 违规事项',
      query: { severity: 'missing' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.headers['content-type']).toContain('application/problem+json');
    expect(duplicate.json().type).toMatch(/\/saved-view-name-taken$/);
    expect(duplicate.json().detail).toContain('同名视图');

    // The same name on the other list, or for someone else, is fine.
    await save(owner, { list: 'cases', name: '违规事项', query: { stage: 'decision' } });
    await save(other, { list: 'findings', name: '违规事项', query: { severity: 'violation' } });

    const second = await save(owner, { list: 'findings', name: '缺失事项', query: {} });
    const renamedOnto = await owner.put(`/api/v1/saved-views/${second.id}`, { name: '违规事项' });
    expect(renamedOnto.statusCode).toBe(409);
    expect(renamedOnto.json().type).toMatch(/\/saved-view-name-taken$/);
    const names = (await views(owner, 'findings')).map((v) => v.name);
    expect(names.filter((name) => name === '违规事项')).toHaveLength(1);
    expect(names).toContain('缺失事项');
  });

  it('answer 404 to anyone but their owner, and stay as they were', async () => {
    const view = await save(owner, { list: 'cases', name: '我的视图', query: { stage: 'launch' } });

    const rename = await other.put(`/api/v1/saved-views/${view.id}`, { name: '被改了' });
    expect(rename.statusCode).toBe(404);
    expect(rename.json().type).toMatch(/\/not-found$/);
    expect((await remove(other, view.id)).statusCode).toBe(404);
    expect((await remove(admin, view.id)).statusCode).toBe(404);
    const unknown = await owner.put('/api/v1/saved-views/00000000-0000-4000-8000-000000000000', {
      name: '不存在',
    });
    expect(unknown.statusCode).toBe(404);

    const listed = (await views(owner, 'cases')).find((v) => v.id === view.id);
    expect(listed).toMatchObject({ name: '我的视图', query: { stage: 'launch' } });
  });

  it('refuse bad input with 400 naming the field', async () => {
    const post = (body: Record<string, unknown>) => owner.post('/api/v1/saved-views', body);
    const valid = { list: 'cases', name: '正常', query: { stage: 'launch' } };

    expect(invalidFields(await post({ ...valid, name: '   ' }))).toEqual(['body.name']);
    expect(invalidFields(await post({ ...valid, name: '名'.repeat(41) }))).toEqual(['body.name']);
    expect(invalidFields(await post({ ...valid, list: 'users' }))).toEqual(['body.list']);
    expect(invalidFields(await post({ ...valid, query: { stage: 'x'.repeat(201) } }))).toEqual([
      'body.query.stage',
    ]);
    expect(invalidFields(await post({ ...valid, query: { stage: 3 } }))).toEqual([
      'body.query.stage',
    ]);
    expect(invalidFields(await post({ ...valid, query: { 'bad key': 'x' } }))).toEqual([
      'body.query.bad key',
    ]);
    const tooMany = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']));
    expect(invalidFields(await post({ ...valid, query: tooMany }))).toEqual(['body.query']);
    expect(invalidFields(await post({ ...valid, owner: 'x' }))).toEqual(['body.owner']);

    const bad = await post({ ...valid, name: '' });
    expect(bad.json().detail).toContain('请填写视图名称');

    // A name of exactly 40 characters and 20 keys are allowed.
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v']));
    await save(owner, { ...valid, name: '名'.repeat(40), query: twenty });

    expect(invalidFields(await owner.get('/api/v1/saved-views'))).toEqual(['querystring.list']);
    expect(invalidFields(await owner.put('/api/v1/saved-views/not-a-uuid', { name: 'x' }))).toEqual(
      ['params.id'],
    );
    const view = await save(owner, { ...valid, name: '待校验' });
    const empty = await owner.put(`/api/v1/saved-views/${view.id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toContain('请提供新的名称或筛选条件');
    // A view stays on its list.
    expect(
      invalidFields(await owner.put(`/api/v1/saved-views/${view.id}`, { list: 'findings' })),
    ).toContain('body.list');
  });

  it('are at most 50 per user and list, even when saved at once', async () => {
    const { client } = await createAndSignIn(testApp, admin, {
      username: 'jiandu.sun',
      displayName: '孙监督',
      agencyId: null,
      roles: ['supervisor'],
    });
    for (let i = 0; i < 47; i++) {
      await save(client, {
        list: 'findings',
        name: `视图 ${String(i).padStart(2, '0')}`,
        query: {},
      });
    }
    const racing = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        client.post('/api/v1/saved-views', { list: 'findings', name: `同时 ${i}`, query: {} }),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 422, 422, 422]);
    const refused = racing.find((r) => r.statusCode === 422)!;
    expect(refused.json().type).toMatch(/\/saved-view-limit-reached$/);
    expect(refused.json().detail).toContain('最多保存 50 个视图');
    expect(await views(client, 'findings')).toHaveLength(50);

    // The other list has its own fifty; a deletion makes room again.
    await save(client, { list: 'cases', name: '视图 00', query: {} });
    const first = (await views(client, 'findings'))[0]!;
    expect((await remove(client, first.id)).statusCode).toBe(204);
    await save(client, { list: 'findings', name: '腾出位置后', query: {} });
  });

  it('need a session', async () => {
    const anonymous = new Client(testApp.app);
    expect((await anonymous.get('/api/v1/saved-views?list=cases')).statusCode).toBe(401);
  });
});
