import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { retentionEnd, shanghaiDateOf } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import {
  changshanAgency,
  openCaseBody,
  pingluoAgency,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { refusal } from './support/refusal.ts';
import { rows } from './support/rows.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * Issue 15, "Recordings of incidents that are not cases": 事件 (004《行政执法全过程记录制度》
 * 第十二条(十)(十一)) registered once, docked files placed on them and named by them (第十八条
 * 标明案号（或事件名称）), kept by their kind (第二十条(三)), read through the docked file's
 * door, and invisible to another agency.
 */

let testApp: TestApp;
let admin: Client;
/** Seed 004: 二日 to store (第十八条), six months or for ever (第二十条). */
let changshan: AgencyFixture;
/** Seed 001: no permanent categories, no AV minimum. */
let pingluo: AgencyFixture;
let workDir: string;
let clip = 0;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  pingluo = await pingluoAgency(testApp, admin);
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-incidents-'));
}, 600_000);
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

const usedSeconds = new Set<number>();
/** The bytes carry the capture time to the second: each file gets a second of its own. */
function distinctSecond(ms: number): number {
  let second = Math.floor(ms / 1000);
  while (usedSeconds.has(second)) second -= 1;
  usedSeconds.add(second);
  return second * 1000;
}

/** A recording made at `capturedAt` on a camera nobody registered: it waits in the inbox. */
async function dockedFile(fixture: AgencyFixture, capturedAt: Date) {
  clip += 1;
  const { bytes } = await makeSampleVideo({
    directory: workDir,
    name: `clip-${clip}.mp4`,
    seconds: 1,
    capturedAt: new Date(distinctSecond(capturedAt.getTime())),
  });
  await storeEvidence(fixture.handler.client, {
    bytes,
    fileName: `DSJ_${clip}.MP4`,
    mediaType: 'video/mp4',
  });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const imported = await fixture.handler.client.post('/api/v1/imported-files', {
    sha256,
    deviceSerial: 'UNREGISTERED-9',
    originalPath: `VIDEO/${sha256.slice(0, 8)}.mp4`,
  });
  expect(imported.statusCode).toBe(201);
  return imported.json() as { id: string; status: string; capturedUntil: string };
}

async function register(client: Client, body: Record<string, unknown>) {
  return client.post('/api/v1/incidents', {
    kind: 'mass_incident',
    startedAt: iso(Date.now() - 4 * DAY),
    ...body,
  });
}

function assign(client: Client, fileId: string, incidentId: string, reason = '画面为该事件现场') {
  return client.post(`/api/v1/imported-files/${fileId}/incident-assignment`, {
    incidentId,
    reason,
  });
}

async function findingsOf(client: Client, ruleId: string, importedFileId: string) {
  const response = await client.get(`/api/v1/findings?ruleId=${ruleId}`);
  expect(response.statusCode).toBe(200);
  return response
    .json()
    .items.filter((item: { importedFileId: string }) => item.importedFileId === importedFileId);
}

async function ledgerData(target: string, action: string) {
  await testApp.ledger.settle();
  const found = await rows<{ body: string }>(
    testApp.database.db.execute(
      sql`select convert_from(body, 'UTF8') as body from ledger_entries
          where target = ${target} and action = ${action} order by seq`,
    ),
  );
  return found.map((row) => JSON.parse(row.body) as { data: Record<string, unknown> });
}

describe('registering an incident', () => {
  it('is done by those who place docked files, once, and goes on the ledger as registered', async () => {
    const created = await register(changshan.handler.client, {
      name: ' 天马街道 3·15 群体性聚集 ',
      endedAt: iso(Date.now() - 3 * DAY),
      description: '商户聚集反映摊位调整问题，现场疏导。',
    });
    expect(created.statusCode, created.body).toBe(201);
    const incident = created.json();
    expect(incident).toMatchObject({
      name: '天马街道 3·15 群体性聚集',
      kind: 'mass_incident',
      registeredBy: { displayName: '张三' },
      recordingCount: 0,
      recordings: [],
    });
    const [entry] = await ledgerData(`incident:${incident.id}`, 'incident.registered');
    expect(entry!.data).toMatchObject({ name: '天马街道 3·15 群体性聚集', kind: 'mass_incident' });

    const again = await register(changshan.assistant.client, { name: '天马街道 3·15 群体性聚集' });
    expect(expectProblem(again, 409, 'incident-name-taken').detail).toContain('请改用能区分的名称');
    // Names are the agency's: another agency may use the same.
    expect((await register(pingluo.handler.client, { name: incident.name })).statusCode).toBe(201);
    const byLegal = await register(changshan.legal.client, { name: '法制审核登记的事件' });
    expectProblem(byLegal, 403, 'forbidden');
  });

  it('refuses a missing name, an unknown kind, an end before the start, with words a clerk can act on', async () => {
    const client = changshan.handler.client;
    const noName = expectProblem(await register(client, { name: '   ' }), 400, 'validation-failed');
    expect(noName.invalidParams).toEqual([{ name: 'body.name', reason: '请填写事件名称' }]);
    const absent = expectProblem(
      await client.post('/api/v1/incidents', { kind: 'other', startedAt: iso(Date.now()) }),
      400,
      'validation-failed',
    );
    expect(absent.invalidParams[0]).toMatchObject({ name: 'body.name' });
    const kind = expectProblem(
      await register(client, { name: '某事件', kind: 'riot' }),
      400,
      'validation-failed',
    );
    expect(kind.invalidParams[0]!.reason).toContain('请选择事件类别');
    const backwards = expectProblem(
      await register(client, {
        name: '某专项行动',
        kind: 'special_operation',
        startedAt: iso(Date.now() - DAY),
        endedAt: iso(Date.now() - 2 * DAY),
      }),
      400,
      'validation-failed',
    );
    expect(backwards.invalidParams).toEqual([
      { name: 'body.endedAt', reason: '结束时间不能早于发生（开始）时间' },
    ]);
    const reserved = expectProblem(
      await register(client, { name: 'NUL' }),
      400,
      'validation-failed',
    );
    expect(reserved.invalidParams).toEqual([
      { name: 'body.name', reason: '事件名称不能是系统保留名称' },
    ]);
    const list = (await client.get('/api/v1/incidents?q=某专项行动')).json();
    expect(list.items).toEqual([]);
  });

  it('lists the agency’s own, newest first, page by page and by part of the name', async () => {
    const names = ['燃放烟花爆竹专项整治', '占道经营专项整治', '渣土运输专项整治'];
    for (const name of names) {
      expect(
        (await register(changshan.head.client, { name, kind: 'special_operation' })).statusCode,
      ).toBe(201);
      testApp.advance(1000);
    }
    const first = (
      await changshan.handler.client.get('/api/v1/incidents?q=专项整治&limit=2')
    ).json();
    expect(first.items.map((item: { name: string }) => item.name)).toEqual([names[2], names[1]]);
    const second = (
      await changshan.handler.client.get(
        `/api/v1/incidents?q=专项整治&limit=2&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.items.map((item: { name: string }) => item.name)).toEqual([names[0]]);
    const theirs = (await pingluo.handler.client.get('/api/v1/incidents?q=专项整治')).json();
    expect(theirs.items).toEqual([]);
    expectProblem(await changshan.legal.client.get('/api/v1/incidents'), 403, 'forbidden');
    testApp.advance(-3000);
  });
});

describe('a recording placed on an incident', () => {
  let incidentId = '';
  let fileId = '';
  let storedName = '';

  it('loses its deadline finding, carries the incident’s name, and is on the ledger with who and why', async () => {
    incidentId = (
      await register(changshan.handler.client, { name: '城西农贸市场群体性事件' })
    ).json().id;
    // Made three days ago and docked only now: past 004's 二日.
    const file = await dockedFile(changshan, new Date(Date.now() - 3 * DAY));
    fileId = file.id;
    expect(file.status).toBe('unassigned');
    const [late] = await findingsOf(changshan.head.client, 'recording-unassigned-late', fileId);
    expect(late).toMatchObject({ severity: 'violation' });
    expect(late.message).toContain('尚未分配到案件或事件');

    const noReason = await assign(changshan.handler.client, fileId, incidentId, ' ');
    expectProblem(noReason, 400, 'validation-failed');
    const placed = await assign(changshan.handler.client, fileId, incidentId);
    expect(placed.statusCode, placed.body).toBe(200);
    const view = placed.json();
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' })
      .format(new Date(Date.now() - 3 * DAY))
      .replaceAll('-', '');
    storedName = `城西农贸市场群体性事件_${day}_01_张三_处置群体性事件.mp4`;
    expect(view).toMatchObject({
      status: 'incident',
      case: null,
      incident: { id: incidentId, name: '城西农贸市场群体性事件', kind: 'mass_incident' },
      storedName,
      dueAt: null,
      overdue: false,
      placement: { kind: 'incident', incidentId, reason: '画面为该事件现场' },
    });
    expect(view.placements.map((entry: { kind: string }) => entry.kind)).toEqual([
      'incident',
      'unmatched',
    ]);
    expect(await findingsOf(changshan.head.client, 'recording-unassigned-late', fileId)).toEqual(
      [],
    );
    const entries = await ledgerData(`imported_file:${fileId}`, 'imported_file.placed');
    expect(entries.at(-1)!.data).toMatchObject({
      kind: 'incident',
      incidentId,
      storedName,
      reason: '画面为该事件现场',
    });

    const twice = await assign(changshan.assistant.client, fileId, incidentId);
    expectProblem(twice, 409, 'imported-file-already-on-incident');
    const counts = (await changshan.handler.client.get('/api/v1/imported-files/counts')).json();
    expect(counts.incident).toBe(1);
    const listed = (
      await changshan.handler.client.get('/api/v1/imported-files?status=incident')
    ).json();
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([fileId]);
  });

  it('numbers the day’s recordings of the incident in turn', async () => {
    const other = await dockedFile(changshan, new Date(Date.now() - 3 * DAY + 60_000));
    const placed = (await assign(changshan.head.client, other.id, incidentId)).json();
    // 承办人: nobody held the camera, so the one who placed it.
    expect(placed.storedName).toMatch(
      /^城西农贸市场群体性事件_\d{8}_02_陈队长_处置群体性事件\.mp4$/,
    );
  });

  it('is kept for ever: 004 第二十条(三) 处置重大突发事件、群体性事件', async () => {
    const detail = (await changshan.handler.client.get(`/api/v1/incidents/${incidentId}`)).json();
    expect(detail.recordingCount).toBe(2);
    const recording = detail.recordings.find((item: { id: string }) => item.id === fileId);
    expect(recording.retention).toMatchObject({
      kind: 'permanent',
      retainUntil: null,
      summary: '永久保存',
    });
    const decisive = recording.retention.reasons.filter(
      (reason: { decisive: boolean }) => reason.decisive,
    );
    expect(
      decisive.map((reason: { citations: { text: string }[] }) => reason.citations[0]!.text),
    ).toEqual([expect.stringContaining('第二十条')]);
  });

  it('of a special operation is kept the profile’s minimum; under 001 the agency decides', async () => {
    const operation = (
      await register(changshan.handler.client, {
        name: '夜间施工噪声专项行动',
        kind: 'special_operation',
      })
    ).json();
    const file = await dockedFile(changshan, new Date(Date.now() - HOUR));
    expect((await assign(changshan.handler.client, file.id, operation.id)).statusCode).toBe(200);
    const [recording] = (
      await changshan.handler.client.get(`/api/v1/incidents/${operation.id}`)
    ).json().recordings;
    expect(recording.retention.kind).toBe('until');
    // 004 第二十条: six months from the day the recording was completed.
    expect(recording.retention.retainUntil).toBe(
      retentionEnd(shanghaiDateOf(file.capturedUntil), { amount: 6, unit: 'months' }),
    );
    expect(recording.retention.reasons[0].citations[0].text).toContain('第二十条');

    const theirs = (
      await register(pingluo.handler.client, { name: '平罗县群体性上访', kind: 'mass_incident' })
    ).json();
    const theirFile = await dockedFile(pingluo, new Date(Date.now() - HOUR));
    expect((await assign(pingluo.handler.client, theirFile.id, theirs.id)).statusCode).toBe(200);
    const [kept] = (await pingluo.handler.client.get(`/api/v1/incidents/${theirs.id}`)).json()
      .recordings;
    expect(kept.retention.kind).toBe('agency_decides');
  });

  it('is read through the docked file’s door: a reason on the ledger, a copy for heads only, under its name', async () => {
    const grant = await changshan.assistant.client.post(`/api/v1/imported-files/${fileId}/access`, {
      purpose: 'view',
      reason: '核对群体性事件现场处置情况',
    });
    expect(grant.statusCode).toBe(201);
    const content = await changshan.assistant.client.app.inject({
      method: 'GET',
      url: grant.json().url,
      headers: { cookie: changshan.assistant.client.cookie!, range: 'bytes=0-9' },
    });
    expect(content.statusCode).toBe(206);
    expect(decodeURIComponent(String(content.headers['content-disposition']))).toContain(
      storedName,
    );
    const [read] = await ledgerData(`imported_file:${fileId}`, 'imported_file.accessed');
    expect(read!.data).toMatchObject({
      purpose: 'view',
      incidentId,
      reason: '核对群体性事件现场处置情况',
    });

    const byOfficer = await changshan.handler.client.post(
      `/api/v1/imported-files/${fileId}/access`,
      {
        purpose: 'download',
        reason: '复制',
      },
    );
    expect(expectProblem(byOfficer, 403, 'forbidden').detail).toContain('负责人或档案管理员');
    const byHead = await changshan.head.client.post(`/api/v1/imported-files/${fileId}/access`, {
      purpose: 'download',
      reason: '刻录光盘永久保存',
    });
    expect(byHead.statusCode, byHead.body).toBe(201);
    const byLegal = await changshan.legal.client.post(`/api/v1/imported-files/${fileId}/access`, {
      purpose: 'view',
      reason: '查看',
    });
    expectProblem(byLegal, 403, 'forbidden');
  });

  it('and its incident are invisible to another agency', async () => {
    expectProblem(
      await pingluo.handler.client.get(`/api/v1/incidents/${incidentId}`),
      404,
      'not-found',
    );
    expectProblem(
      await pingluo.handler.client.get(`/api/v1/imported-files/${fileId}`),
      404,
      'not-found',
    );
    const theirFile = await dockedFile(pingluo, new Date(Date.now() - HOUR));
    const across = await assign(pingluo.handler.client, theirFile.id, incidentId);
    expect(expectProblem(across, 404, 'not-found').detail).toContain('该事件');
    const onTheirs = await assign(changshan.handler.client, theirFile.id, incidentId);
    expectProblem(onTheirs, 404, 'not-found');
    expectProblem(
      await changshan.legal.client.get(`/api/v1/incidents/${incidentId}`),
      403,
      'forbidden',
    );
  });

  it('may still be placed on a case found later, the incident placement kept in its history', async () => {
    const opened = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, { name: '某摊贩聚众阻碍执法案' }),
    );
    expect(opened.statusCode).toBe(201);
    const moved = await changshan.handler.client.post(
      `/api/v1/imported-files/${fileId}/assignment`,
      {
        caseId: opened.json().id,
        reason: '事后查明画面为该案当事人阻碍执法过程',
      },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'matched', incident: null, storedName: null });
    expect(moved.json().placements.map((entry: { kind: string }) => entry.kind)).toEqual([
      'manual',
      'incident',
      'unmatched',
    ]);
    const detail = (await changshan.handler.client.get(`/api/v1/incidents/${incidentId}`)).json();
    expect(detail.recordings.map((item: { id: string }) => item.id)).not.toContain(fileId);
    expect(detail.recordingCount).toBe(1);
  });

  it('and incidents can never be changed or removed in the database', async () => {
    expect(await refusal(testApp, sql`update incidents set name = name`)).toMatch(
      /incidents is append-only: UPDATE refused/,
    );
    expect(await refusal(testApp, sql`delete from incidents`)).toMatch(
      /incidents is append-only: DELETE refused/,
    );
  });
});
