import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import { changshanAgency, type AgencyFixture, seedAgency } from './support/case-fixtures.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * Issue 15 points 5 and 6 at the collection station: the after-return storage relief for a
 * docked file (only with the reason the seeds allow, counted from the docking), and the
 * camera's clock read against the station's when it docks (004《全过程记录制度》第十五条).
 */

let testApp: TestApp;
let admin: Client;
/** Seed 000: 24 hours, or 24 hours after the return (第十六条). */
let liulin: AgencyFixture;
/** Seed 004: the device check before use, 日期时间设定 (第十五条). */
let changshan: AgencyFixture;
let workDir: string;
let clip = 0;

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  liulin = await seedAgency(testApp, admin, '000');
  changshan = await changshanAgency(testApp, admin);
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-station-duties-'));
}, 600_000);
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

/** A distinct recording made at `capturedAt`, stored as an upload would store it. */
async function dockedFile(fixture: AgencyFixture, capturedAt: Date) {
  clip += 1;
  const { bytes } = await makeSampleVideo({
    directory: workDir,
    name: `clip-${clip}.mp4`,
    seconds: 1,
    capturedAt,
  });
  await storeEvidence(fixture.head.client, {
    bytes,
    fileName: `DSJ_${clip}.MP4`,
    mediaType: 'video/mp4',
  });
  return createHash('sha256').update(bytes).digest('hex');
}

function importFile(client: Client, sha256: string, extra: Record<string, unknown> = {}) {
  return client.post('/api/v1/imported-files', {
    sha256,
    deviceSerial: 'UNREGISTERED-1',
    originalPath: `VIDEO/${sha256.slice(0, 8)}.mp4`,
    ...extra,
  });
}

async function findingsOf(client: Client, ruleId: string, importedFileId: string) {
  const response = await client.get(`/api/v1/findings?ruleId=${ruleId}`);
  expect(response.statusCode).toBe(200);
  return response
    .json()
    .items.filter((item: { importedFileId: string }) => item.importedFileId === importedFileId);
}

describe('docked files and the after-return relief', () => {
  it('a camera back from 异地执法 gets 24 hours from the docking; without the reason, from the recording', async () => {
    const capturedAt = new Date(Date.now() - 30 * HOUR);
    const plain = (
      await importFile(liulin.head.client, await dockedFile(liulin, capturedAt))
    ).json();
    expect(plain).toMatchObject({ status: 'unassigned', awayReason: null, overdue: true });
    const [late] = await findingsOf(liulin.head.client, 'recording-unassigned-late', plain.id);
    expect(late).toMatchObject({ severity: 'violation' });

    // Another recording of the same trip (a distinct file: the bytes carry the capture time).
    const sameTrip = new Date(capturedAt.getTime() - 60_000);
    const away = await importFile(liulin.head.client, await dockedFile(liulin, sameTrip), {
      awayReason: 'away_from_unit',
    });
    expect(away.statusCode).toBe(201);
    const view = away.json();
    expect(view).toMatchObject({ awayReason: 'away_from_unit', overdue: false });
    expect(Date.parse(view.dueAt) - Date.parse(view.importedAt)).toBe(24 * HOUR);
    const [due] = await findingsOf(liulin.head.client, 'recording-unassigned-late', view.id);
    expect(due).toMatchObject({ severity: 'due' });
    expect(due.message).toContain('异地执法后返回单位导入');
  });

  it('refuses a reason the seeds do not name', async () => {
    const sha256 = await dockedFile(liulin, new Date(Date.now() - HOUR));
    const refused = await importFile(liulin.head.client, sha256, { awayReason: 'overtime' });
    expectProblem(refused, 400, 'validation-failed');
  });
});

describe('the camera clock at docking', () => {
  it('a camera running three minutes fast is a finding of 004 第十五条 that stays with the file', async () => {
    const stationClockAt = Date.now() - 1000;
    const sha256 = await dockedFile(changshan, new Date(Date.now() - HOUR));
    const imported = await importFile(changshan.head.client, sha256, {
      cameraClockAt: iso(stationClockAt + 3 * 60_000),
      stationClockAt: iso(stationClockAt),
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json().clockDriftSeconds).toBe(180);
    const [drift] = await findingsOf(
      changshan.head.client,
      'camera-clock-drift',
      imported.json().id,
    );
    expect(drift).toMatchObject({ severity: 'violation', caseId: null });
    expect(drift.message).toContain('记录仪快 3 分钟');
    expect(drift.citations.map((citation: { text: string }) => citation.text)).toEqual([
      expect.stringContaining('第十五条'),
    ]);
  });

  it('a clock within a minute is no finding; a reading needs both clocks', async () => {
    const stationClockAt = Date.now() - 1000;
    const sha256 = await dockedFile(changshan, new Date(Date.now() - HOUR - 2 * 60_000));
    const close = await importFile(changshan.head.client, sha256, {
      cameraClockAt: iso(stationClockAt - 40_000),
      stationClockAt: iso(stationClockAt),
    });
    expect(close.json().clockDriftSeconds).toBe(-40);
    expect(await findingsOf(changshan.head.client, 'camera-clock-drift', close.json().id)).toEqual(
      [],
    );

    const other = await dockedFile(changshan, new Date(Date.now() - HOUR - 4 * 60_000));
    const half = await importFile(changshan.head.client, other, {
      cameraClockAt: iso(stationClockAt),
    });
    const problem = expectProblem(half, 400, 'validation-failed');
    expect(problem.invalidParams).toEqual([
      { name: 'body.stationClockAt', reason: '请同时提供采集站时钟读数，或两项都不提供' },
    ]);
  });
});
