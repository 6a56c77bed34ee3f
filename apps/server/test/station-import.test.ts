import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAllFindings } from '../src/findings/schedule-findings-refresh.ts';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import {
  addRecord,
  agencyWithOfficers,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
  pingluoAgency,
} from './support/case-fixtures.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { refusal } from './support/refusal.ts';
import { rows } from './support/rows.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * Issue 6 Build 6 over the API: the camera register, the placing of docked files on their
 * case by holder and time, the inbox with its deadline finding, and the people's decisions.
 * The command that docks the files is tested against a real server in
 * station-import-cli.test.ts.
 */

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;
let workDir: string;
let clip = 0;

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await agencyWithOfficers(testApp, admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-000',
    prefix: 'cs',
  });
  pingluo = await pingluoAgency(testApp, admin);
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-station-api-'));
});
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

async function registerBodyCamera(fixture: AgencyFixture, serial: string, holderId?: string) {
  const created = await fixture.head.client.post(
    `/api/v1/agencies/${fixture.agencyId}/body-cameras`,
    {
      serial,
      model: 'DSJ-V9',
    },
  );
  expect(created.statusCode).toBe(201);
  if (holderId !== undefined) {
    const assigned = await fixture.head.client.post(
      `/api/v1/body-cameras/${created.json().id}/assignments`,
      { holderId, from: iso(Date.now() - 72 * HOUR) },
    );
    expect(assigned.statusCode).toBe(201);
  }
  return created.json().id as string;
}

/** A distinct recording made at `capturedAt`, stored as an upload would store it. */
async function dockedFile(
  fixture: AgencyFixture,
  capturedAt: Date,
  client = fixture.handler.client,
) {
  clip += 1;
  const { bytes } = await makeSampleVideo({
    directory: workDir,
    name: `clip-${clip}.mp4`,
    seconds: 1 + (clip % 3),
    capturedAt,
  });
  await storeEvidence(client, { bytes, fileName: `DSJ_${clip}.MP4`, mediaType: 'video/mp4' });
  return createHash('sha256').update(bytes).digest('hex');
}

async function importFile(client: Client, sha256: string, deviceSerial: string) {
  return client.post('/api/v1/imported-files', {
    sha256,
    deviceSerial,
    originalPath: `VIDEO/${sha256.slice(0, 8)}.mp4`,
  });
}

async function openCase(fixture: AgencyFixture, name: string) {
  const opened = await fixture.handler.client.post(
    '/api/v1/cases',
    openCaseBody(fixture, { name }),
  );
  expect(opened.statusCode).toBe(201);
  return opened.json() as { id: string; caseNumber: string };
}

describe('the camera register', () => {
  it('records cameras and who held each from when, newest first, for the agency only', async () => {
    const bodyCameraId = await registerBodyCamera(changshan, 'REG-0001');
    const duplicate = await changshan.chief.client.post(
      `/api/v1/agencies/${changshan.agencyId}/body-cameras`,
      { serial: 'REG-0001' },
    );
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().type).toMatch(/body-camera-serial-taken$/);

    const handedOut = iso(Date.now() - 2 * HOUR);
    await changshan.head.client.post(`/api/v1/body-cameras/${bodyCameraId}/assignments`, {
      holderId: changshan.handler.id,
      from: handedOut,
    });
    const returned = await changshan.head.client.post(
      `/api/v1/body-cameras/${bodyCameraId}/assignments`,
      {
        holderId: null,
      },
    );
    expect(returned.statusCode).toBe(201);
    const detail = returned.json();
    expect(detail.holder).toBeNull();
    expect(detail.assignments.map((entry: { holder: unknown }) => entry.holder)).toEqual([
      null,
      { userId: changshan.handler.id, displayName: '张三' },
    ]);

    const listed = (
      await changshan.assistant.client.get(`/api/v1/agencies/${changshan.agencyId}/body-cameras`)
    ).json();
    expect(listed.items.map((bodyCamera: { serial: string }) => bodyCamera.serial)).toContain(
      'REG-0001',
    );
    expect(
      (await pingluo.head.client.get(`/api/v1/agencies/${changshan.agencyId}/body-cameras`))
        .statusCode,
    ).toBe(404);
    expect((await pingluo.head.client.get(`/api/v1/body-cameras/${bodyCameraId}`)).statusCode).toBe(
      404,
    );
  });

  it('refuses a handover before the last one, in the future, or to someone of another agency', async () => {
    const bodyCameraId = await registerBodyCamera(changshan, 'REG-0002', changshan.handler.id);
    const post = (body: object) =>
      changshan.head.client.post(`/api/v1/body-cameras/${bodyCameraId}/assignments`, body as never);
    const early = await post({
      holderId: changshan.assistant.id,
      from: iso(Date.now() - 96 * HOUR),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().invalidParams[0]).toMatchObject({ name: 'from' });
    const future = await post({
      holderId: changshan.assistant.id,
      from: iso(Date.now() + 2 * HOUR),
    });
    expect(future.statusCode).toBe(400);
    const stranger = await post({ holderId: pingluo.handler.id });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().invalidParams[0]).toMatchObject({ name: 'holderId' });
    const byOfficer = await changshan.handler.client.post(
      `/api/v1/body-cameras/${bodyCameraId}/assignments`,
      { holderId: changshan.handler.id },
    );
    expect(byOfficer.statusCode).toBe(403);
    const detail = (await changshan.head.client.get(`/api/v1/body-cameras/${bodyCameraId}`)).json();
    expect(detail.assignments).toHaveLength(1);
  });
});

describe('docked files', () => {
  it('go onto the one case the holder was working on, wait there as 待登记, and leave once registered', async () => {
    const theCase = await openCase(changshan, '某甲未按规定设置店招案');
    await registerBodyCamera(changshan, 'CAM-0001', changshan.handler.id);
    const sha256 = await dockedFile(changshan, new Date(Date.now() - HOUR));

    const imported = await importFile(changshan.handler.client, sha256, 'CAM-0001');
    expect(imported.statusCode).toBe(201);
    const view = imported.json();
    expect(view).toMatchObject({
      created: true,
      status: 'matched',
      case: { id: theCase.id, caseNumber: theCase.caseNumber },
      holder: { displayName: '张三' },
      placement: { kind: 'automatic', decidedBy: null },
      dueAt: null,
    });
    expect(view.placement.basis).toContain(`其当时在办案件只有 ${theCase.caseNumber}`);
    expect(Date.parse(view.capturedUntil) - Date.parse(view.capturedFrom)).toBeGreaterThan(900);

    const again = await importFile(changshan.handler.client, sha256, 'CAM-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: view.id, created: false });

    const pending = (
      await changshan.assistant.client.get(`/api/v1/cases/${theCase.id}/imported-files`)
    ).json();
    expect(pending.items.map((item: { id: string }) => item.id)).toEqual([view.id]);

    const registered = await changshan.handler.client.post(
      `/api/v1/cases/${theCase.id}/av-records`,
      {
        evidenceObjectId: view.evidenceObjectId,
        kind: 'video',
        content: '现场检查',
        situations: ['on_site_inspection'],
        recordingStartedAt: view.capturedFrom,
        recordingEndedAt: view.capturedUntil,
        place: '常山县天马街道某某路 8 号',
        personsPresent: ['赵六'],
        announcementMade: true,
        usedAsEvidence: false,
        deviceSerial: 'CAM-0001',
      },
    );
    expect(registered.statusCode, registered.body).toBe(201);
    const after = (await changshan.handler.client.get(`/api/v1/imported-files/${view.id}`)).json();
    expect(after).toMatchObject({ status: 'registered', avRecordId: registered.json().id });
    expect(after.placements).toHaveLength(1);
    expect(
      (await changshan.handler.client.get(`/api/v1/cases/${theCase.id}/imported-files`)).json()
        .items,
    ).toEqual([]);
  });

  it('tell two cases apart by the records made around the recording, and leave a tie to a person', async () => {
    const first = await openCase(pingluo, '甲某骗取优抚金案');
    const second = await openCase(pingluo, '乙某骗取优抚金案');
    await registerBodyCamera(pingluo, 'PL-CAM-1', pingluo.handler.id);
    // The second case has a record made now; the recording ended an hour ago.
    await addRecord(pingluo.handler.client, second.id, RECORDS.caseSource());
    const near = await dockedFile(pingluo, new Date(Date.now() - HOUR));
    const placed = (await importFile(pingluo.handler.client, near, 'PL-CAM-1')).json();
    expect(placed).toMatchObject({ status: 'matched', case: { id: second.id } });
    expect(placed.placement.basis).toContain('在办 2 件案件中，只有');
    expect(placed.placement.basis).toContain('在拍摄前后 2 小时内制作了文书');

    const tie = await dockedFile(pingluo, new Date(Date.now() - 10 * HOUR));
    const waiting = (await importFile(pingluo.handler.client, tie, 'PL-CAM-1')).json();
    expect(waiting.status).toBe('unassigned');
    expect(waiting.candidates.map((candidate: { id: string }) => candidate.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(waiting.placement.basis).toContain('请人工分配');
  });

  it('wait in the inbox with a deadline that becomes a finding, until someone working the case places them', async () => {
    const theCase = await openCase(changshan, '某乙占道经营案');
    const sha256 = await dockedFile(changshan, new Date(Date.now() - 2 * HOUR));
    const imported = (await importFile(changshan.head.client, sha256, 'UNKNOWN-9')).json();
    expect(imported).toMatchObject({ status: 'unassigned', case: null, overdue: false });
    expect(imported.placement.basis).toBe('记录仪 UNKNOWN-9 未在本单位登记，无法确定拍摄人。');
    // 000 第十六条: 24 hours from the end of the recording.
    expect(Date.parse(imported.dueAt) - Date.parse(imported.capturedUntil)).toBe(24 * HOUR);

    const findingsOf = async (ruleId: string) =>
      (await changshan.head.client.get(`/api/v1/findings?ruleId=${ruleId}`))
        .json()
        .items.filter((item: { importedFileId: string }) => item.importedFileId === imported.id);
    const [due] = await findingsOf('recording-unassigned-late');
    expect(due).toMatchObject({ severity: 'due', caseId: null, caseNumber: null, stage: null });
    expect(due.citations.map((citation: { text: string }) => citation.text)).toContain(
      '《柳林镇记录制度》第十六条',
    );

    // The periodic refresh, a day and more later (the sessions' clock stays where it is).
    const later = new Date(Date.now() + 30 * HOUR);
    expect(await refreshAllFindings(testApp.database.db, () => later)).toBeGreaterThan(0);
    const [late] = await findingsOf('recording-unassigned-late');
    expect(late.severity).toBe('violation');
    expect(late.message).toContain('已逾期');

    const byReviewer = await changshan.legal.client.post(
      `/api/v1/imported-files/${imported.id}/assignment`,
      { caseId: theCase.id, reason: '画面为该案现场' },
    );
    expect(byReviewer.statusCode).toBe(403);
    const noReason = await changshan.handler.client.post(
      `/api/v1/imported-files/${imported.id}/assignment`,
      { caseId: theCase.id, reason: ' ' },
    );
    expect(noReason.statusCode).toBe(400);
    const assigned = await changshan.handler.client.post(
      `/api/v1/imported-files/${imported.id}/assignment`,
      { caseId: theCase.id, reason: '画面为该案现场，记录仪为临时借用' },
    );
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({
      status: 'matched',
      case: { id: theCase.id },
      placement: { kind: 'manual', reason: '画面为该案现场，记录仪为临时借用' },
    });
    expect(assigned.json().placements.map((entry: { kind: string }) => entry.kind)).toEqual([
      'manual',
      'unmatched',
    ]);
    expect(await findingsOf('recording-unassigned-late')).toEqual([]);
  });

  it('set aside as unrelated to enforcement become a finding of 000 第二十一条 and cannot be placed after', async () => {
    const sha256 = await dockedFile(changshan, new Date(Date.now() - HOUR));
    const imported = (await importFile(changshan.handler.client, sha256, 'UNKNOWN-8')).json();
    const dismissed = await changshan.handler.client.post(
      `/api/v1/imported-files/${imported.id}/dismissal`,
      { kind: 'unrelated', reason: '下班途中误开记录仪拍摄私人活动' },
    );
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json().status).toBe('dismissed');
    const [finding] = (
      await changshan.head.client.get('/api/v1/findings?ruleId=recording-unrelated')
    )
      .json()
      .items.filter((item: { importedFileId: string }) => item.importedFileId === imported.id);
    expect(finding).toMatchObject({ severity: 'violation' });
    expect(finding.citations[0].text).toBe('《柳林镇记录制度》第二十一条');

    const theCase = await openCase(changshan, '某丙违规倾倒垃圾案');
    const late = await changshan.handler.client.post(
      `/api/v1/imported-files/${imported.id}/assignment`,
      { caseId: theCase.id, reason: '改为该案' },
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().type).toMatch(/imported-file-dismissed$/);
  });

  it('can be watched after a reason that goes on the ledger, by range', async () => {
    const sha256 = await dockedFile(changshan, new Date(Date.now() - HOUR));
    const imported = (await importFile(changshan.handler.client, sha256, 'UNKNOWN-7')).json();
    const noToken = await changshan.assistant.client.get(
      `/api/v1/imported-files/${imported.id}/content?access=forged`,
    );
    expect(noToken.statusCode).toBe(403);
    const grant = await changshan.assistant.client.post(
      `/api/v1/imported-files/${imported.id}/access`,
      { purpose: 'view', reason: '确认画面所属案件' },
    );
    expect(grant.statusCode).toBe(201);
    const range = await changshan.assistant.client.app.inject({
      method: 'GET',
      url: grant.json().url,
      headers: { cookie: changshan.assistant.client.cookie!, range: 'bytes=0-99' },
    });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload).toHaveLength(100);
    await testApp.ledger.settle();
    const [entry] = await rows<{ body: string }>(
      testApp.database.db.execute(
        sql`select convert_from(body, 'UTF8') as body from ledger_entries
            where target = ${`imported_file:${imported.id}`} and action = 'imported_file.accessed'`,
      ),
    );
    expect(JSON.parse(entry!.body)).toMatchObject({
      actor: { username: 'cs.li' },
      data: { purpose: 'view', reason: '确认画面所属案件' },
    });
    expect(
      (await changshan.assistant.client.get(`/api/v1/imported-files/${imported.id}/poster`))
        .statusCode,
    ).toBe(200);
  });

  it('are refused before they are stored, and are not visible to another agency', async () => {
    const missing = await importFile(changshan.handler.client, 'a'.repeat(64), 'CAM-0001');
    expect(missing.statusCode).toBe(409);
    expect(missing.json().type).toMatch(/evidence-not-stored$/);
    const badSerial = await changshan.handler.client.post('/api/v1/imported-files', {
      sha256: 'a'.repeat(64),
      deviceSerial: '记录仪 1',
      originalPath: 'x.mp4',
    });
    expect(badSerial.statusCode).toBe(400);

    const sha256 = await dockedFile(changshan, new Date(Date.now() - HOUR));
    const imported = (await importFile(changshan.handler.client, sha256, 'UNKNOWN-6')).json();
    expect(
      (await pingluo.handler.client.get(`/api/v1/imported-files/${imported.id}`)).statusCode,
    ).toBe(404);
    const theirs = (await pingluo.handler.client.get('/api/v1/imported-files')).json();
    expect(theirs.items.map((item: { id: string }) => item.id)).not.toContain(imported.id);
    // Their own import of bytes they never stored is refused too: stores are per agency.
    expect((await importFile(pingluo.handler.client, sha256, 'UNKNOWN-6')).statusCode).toBe(409);
  });

  it('and their placements can never be changed or removed in the database', async () => {
    for (const table of ['imported_files', 'imported_file_placements', 'body_camera_assignments']) {
      expect(await refusal(testApp, sql.raw(`update ${table} set id = id`))).toMatch(
        new RegExp(`${table} is append-only: UPDATE refused`),
      );
      expect(await refusal(testApp, sql.raw(`delete from ${table}`))).toMatch(
        new RegExp(`${table} is append-only: DELETE refused`),
      );
    }
  });

  it('lists the inbox by status, newest first, page by page', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const sha256 = await dockedFile(changshan, new Date(Date.now() - HOUR));
      ids.push((await importFile(changshan.handler.client, sha256, `PAGE-${index}`)).json().id);
      testApp.advance(1000);
    }
    // Page by page, two at a time, the inbox is the whole inbox in one order: no file twice,
    // none left out, newest import first (other tests' files are in it too, made under
    // clocks they moved, so the order is checked on the times the API reports).
    const paged: string[] = [];
    const importedAt: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await changshan.handler.client.get(
          `/api/v1/imported-files?status=unassigned&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`,
        )
      ).json() as { items: { id: string; importedAt: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((item) => item.id));
      importedAt.push(...page.items.map((item) => item.importedAt));
      cursor = page.nextCursor;
    } while (cursor !== null);
    const whole = (
      await changshan.handler.client.get('/api/v1/imported-files?status=unassigned&limit=200')
    )
      .json()
      .items.map((item: { id: string }) => item.id);
    expect(paged).toEqual(whole);
    expect(ids.every((id) => paged.includes(id))).toBe(true);
    expect(importedAt).toEqual([...importedAt].sort().reverse());
    const counts = (await changshan.handler.client.get('/api/v1/imported-files/counts')).json();
    const listed = async (status: string) =>
      (
        await changshan.handler.client.get(`/api/v1/imported-files?status=${status}&limit=200`)
      ).json().items.length;
    for (const status of ['unassigned', 'matched', 'registered', 'dismissed']) {
      expect(counts[status], status).toBe(await listed(status));
    }
    expect(counts.unassigned).toBeGreaterThanOrEqual(3);
    expect(counts.registered).toBeGreaterThanOrEqual(1);
    const matched = (
      await changshan.handler.client.get('/api/v1/imported-files?status=registered')
    ).json();
    expect(matched.items.every((item: { status: string }) => item.status === 'registered')).toBe(
      true,
    );
    testApp.advance(-3000);
  });
});
