import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeSampleVideo } from '../../src/media/make-sample-video.ts';
import {
  addRecord,
  changshanAgency,
  fileCase,
  inquiryTranscript,
  openCaseBody,
  pingluoAgency,
  type AgencyFixture,
} from './case-fixtures.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './test-app.ts';

/**
 * What the AV-record tests share: an app with 常山 (004) and 平罗 (001), a two-second sample
 * video made by ffmpeg, and the body of a registration. Each test file calls
 * useAvRecordsWorld() once; vitest gives every file its own copy of this module.
 */
export let testApp: TestApp;
export let changshan: AgencyFixture;
export let pingluo: AgencyFixture;
export let workDir: string;
export let video: Buffer;

export const HOUR = 3_600_000;
export const iso = (ms: number) => new Date(ms).toISOString();

export function useAvRecordsWorld() {
  beforeAll(async () => {
    testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    const admin = await signInAdmin(testApp);
    changshan = await changshanAgency(testApp, admin);
    pingluo = await pingluoAgency(testApp, admin);
    workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-av-'));
    video = (await makeSampleVideo({ directory: workDir, seconds: 2 })).bytes;
  });
  afterAll(async () => {
    await testApp.close();
    await rm(workDir, { recursive: true, force: true });
  });
}

/** A filed case under the agency's profile, with an inquiry transcript in investigation. */
export async function caseWithInquiry(
  fixture: AgencyFixture,
  name = '某某贸易有限公司未按规定设置店招案',
) {
  const opened = (
    await fixture.handler.client.post('/api/v1/cases', openCaseBody(fixture, { name }))
  ).json();
  await fileCase(fixture, opened.id);
  const transcript = await addRecord(fixture.handler.client, opened.id, inquiryTranscript());
  return { caseId: opened.id as string, transcriptId: transcript.id };
}

/** A registration of a 20-minute video of an inquiry that ended an hour ago. */
export function avBody(evidenceObjectId: string, overrides: Record<string, unknown> = {}) {
  const ended = Date.now() - HOUR;
  return {
    evidenceObjectId,
    kind: 'video',
    content: '询问',
    situations: ['inquiry'],
    recordingStartedAt: iso(ended - 20 * 60_000),
    recordingEndedAt: iso(ended),
    place: '常山县天马街道某某路 8 号',
    personsPresent: ['赵六'],
    announcementMade: true,
    usedAsEvidence: false,
    deviceSerial: 'DSJ-CS-0001',
    ...overrides,
  };
}

export async function registerAv(client: Client, caseId: string, body: object) {
  return client.post(`/api/v1/cases/${caseId}/av-records`, body as never);
}
