import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import {
  addRecord,
  changshanAgency,
  fileCase,
  pingluoAgency,
  inquiryTranscript,
  openCaseBody,
  type AgencyFixture,
  seedAgency,
} from './support/case-fixtures.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * Issue 15 point 5 over the API: AV duties checked in depth rather than for existence. The
 * recordings must cover the act from its start to its end (or the break be registered), the
 * start must be announced, the after-return storage relief needs the reason the seeds allow,
 * and "立即报告" after an interruption is timed.
 */

let testApp: TestApp;
let admin: Client;
/** Seed 004: whole-act recording (第十七条) and the announcement (第十六条). */
let changshan: AgencyFixture;
/** Seed 000: 24 hours, after-return relief (第十六条), 立即报告 (第十四条). */
let liulin: AgencyFixture;
/** Seed 001: every AV of the act filed with its written note (第十条). */
let pingluo: AgencyFixture;
let workDir: string;
let video: Buffer;
let copies = 0;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  liulin = await seedAgency(testApp, admin, '000');
  pingluo = await pingluoAgency(testApp, admin);
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-av-duties-'));
  video = (await makeSampleVideo({ directory: workDir, seconds: 1 })).bytes;
}, 600_000);
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

interface Finding {
  ruleId: string;
  severity: string;
  subjectId?: string;
  message: string;
  citations: { seed?: string; article?: string }[];
}

async function findingsOf(client: Client, caseId: string, ruleId: string) {
  const response = await client.get(`/api/v1/cases/${caseId}/findings`);
  expect(response.statusCode).toBe(200);
  return (response.json().items as Finding[]).filter((finding) => finding.ruleId === ruleId);
}

/** A filed case of `fixture` with an inquiry transcript whose act ran over `span`, if given. */
async function caseWithInquiry(fixture: AgencyFixture, name: string, span?: [number, number]) {
  const opened = (
    await fixture.handler.client.post('/api/v1/cases', openCaseBody(fixture, { name }))
  ).json();
  await fileCase(fixture, opened.id);
  const transcript = inquiryTranscript();
  const body =
    span === undefined
      ? transcript
      : {
          ...transcript,
          fields: { ...transcript.fields, actStartedAt: iso(span[0]), actEndedAt: iso(span[1]) },
        };
  const record = await addRecord(fixture.handler.client, opened.id, body);
  return { caseId: opened.id as string, transcriptId: record.id };
}

/** Registers a distinct stored video as an AV record of the case. */
async function registerAv(
  fixture: AgencyFixture,
  caseId: string,
  times: [number, number],
  extra: Record<string, unknown> = {},
) {
  copies += 1;
  const objectId = await storeEvidence(fixture.handler.client, {
    bytes: Buffer.concat([video, Buffer.from(`copy ${copies}`)]),
    fileName: `DSJ_${copies}.MP4`,
    mediaType: 'video/mp4',
    caseId,
  });
  return fixture.handler.client.post(`/api/v1/cases/${caseId}/av-records`, {
    evidenceObjectId: objectId,
    kind: 'video',
    content: '询问',
    situations: ['inquiry'],
    recordingStartedAt: iso(times[0]),
    recordingEndedAt: iso(times[1]),
    place: '某某路 8 号',
    personsPresent: ['赵六'],
    announcementMade: true,
    usedAsEvidence: false,
    ...extra,
  });
}

function amend(fixture: AgencyFixture, avId: string, changes: Record<string, unknown>) {
  return fixture.handler.client.post(`/api/v1/av-records/${avId}/amendments`, {
    ...changes,
    reason: '补登记',
  });
}

describe('AV duties in depth', () => {
  it('a clip covering part of the act leaves a gap until its interruption is registered (004 第十七条)', async () => {
    const start = Date.now() - 3 * HOUR;
    const { caseId, transcriptId } = await caseWithInquiry(changshan, '某某商行占道经营案', [
      start,
      start + HOUR,
    ]);
    const av = await registerAv(changshan, caseId, [start, start + 20 * MINUTE], {
      recordId: transcriptId,
    });
    expect(av.statusCode).toBe(201);
    const [gap] = await findingsOf(changshan.handler.client, caseId, 'av-coverage-gap');
    expect(gap).toMatchObject({ severity: 'missing', subjectId: transcriptId });
    expect(gap!.citations).toEqual([expect.objectContaining({ seed: '004', article: '第十七条' })]);
    expect(gap!.message).toContain('（40 分钟）');

    const explained = await amend(changshan, av.json().id, {
      interruptions: [
        {
          reason: 'device_fault',
          from: iso(start + 20 * MINUTE),
          writtenExplanation: '记录仪故障，无法继续录制，已采取现场笔录补救',
        },
      ],
    });
    expect(explained.statusCode).toBe(201);
    expect(await findingsOf(changshan.handler.client, caseId, 'av-coverage-gap')).toEqual([]);
  });

  it('refuses an act that ends before it starts, naming the field in Chinese', async () => {
    const opened = (
      await changshan.handler.client.post(
        '/api/v1/cases',
        openCaseBody(changshan, { name: '某某店铺违规经营案' }),
      )
    ).json();
    await fileCase(changshan, opened.id);
    const transcript = inquiryTranscript();
    const response = await changshan.handler.client.post(`/api/v1/cases/${opened.id}/records`, {
      ...transcript,
      fields: {
        ...transcript.fields,
        actStartedAt: iso(Date.now() - HOUR),
        actEndedAt: iso(Date.now() - 2 * HOUR),
      },
    });
    const problem = expectProblem(response, 400, 'validation-failed');
    expect(problem.invalidParams).toContainEqual({
      name: 'body.fields.actEndedAt',
      reason: '执法活动结束时间不能早于开始时间',
    });
  });

  it('a recording started without announcing it is a violation under 004 第十六条 until corrected', async () => {
    const { caseId } = await caseWithInquiry(changshan, '某某超市未明码标价案');
    const end = Date.now() - HOUR;
    const av = await registerAv(changshan, caseId, [end - 10 * MINUTE, end], {
      announcementMade: false,
    });
    expect(av.statusCode).toBe(201);
    const [silent] = await findingsOf(changshan.handler.client, caseId, 'av-start-unannounced');
    expect(silent).toMatchObject({ severity: 'violation', subjectId: av.json().id });
    expect(silent!.citations).toEqual([
      expect.objectContaining({ seed: '004', article: '第十六条' }),
    ]);
    expect((await amend(changshan, av.json().id, { announcementMade: true })).statusCode).toBe(201);
    expect(await findingsOf(changshan.handler.client, caseId, 'av-start-unannounced')).toEqual([]);
  });

  it('a return time alone does not defer storage; with 异地执法 it does (000 第十六条)', async () => {
    const { caseId } = await caseWithInquiry(liulin, '某某养殖场违规排污案');
    const end = Date.now() - 30 * HOUR;
    const returned = Date.now() - 2 * HOUR;
    const bare = await registerAv(liulin, caseId, [end - 10 * MINUTE, end], {
      returnedToUnitAt: iso(returned),
    });
    expect(bare.statusCode).toBe(201);
    expect(bare.json().awayReason).toBeNull();
    const [late] = await findingsOf(liulin.handler.client, caseId, 'av-stored-late');
    expect(late).toMatchObject({ severity: 'violation', subjectId: bare.json().id });
    expect(late!.message).toContain('自音像记录制作完成');

    const withReason = await amend(liulin, bare.json().id, { awayReason: 'away_from_unit' });
    expect(withReason.statusCode).toBe(201);
    expect(withReason.json().awayReason).toBe('away_from_unit');
    expect(await findingsOf(liulin.handler.client, caseId, 'av-stored-late')).toEqual([]);
  });

  it('refuses a reason without a return time, and a reason the seeds do not name', async () => {
    const { caseId } = await caseWithInquiry(liulin, '某某作坊违规生产案');
    const end = Date.now() - HOUR;
    const noReturn = await registerAv(liulin, caseId, [end - MINUTE, end], {
      awayReason: 'remote_area',
    });
    const problem = expectProblem(noReturn, 400, 'validation-failed');
    expect(problem.invalidParams).toEqual([
      expect.objectContaining({ name: 'body.returnedToUnitAt' }),
    ]);
    expect(problem.invalidParams[0]!.reason).toContain('请填写返回单位的时间');
    const unknown = await registerAv(liulin, caseId, [end - MINUTE, end], {
      returnedToUnitAt: iso(end + MINUTE),
      awayReason: 'holiday',
    });
    expectProblem(unknown, 400, 'validation-failed');
  });

  it('立即报告 is timed: a report 90 minutes after the stop is late under 000 第十四条', async () => {
    const { caseId } = await caseWithInquiry(liulin, '某某砖厂违规堆放案');
    const end = Date.now() - 5 * HOUR;
    const stopped = end - 5 * MINUTE;
    const interruption = {
      reason: 'battery',
      from: iso(stopped),
      reportedTo: '镇综合执法办主任',
      writtenExplanation: '电量耗尽，备用电池未带',
    };
    const late = await registerAv(liulin, caseId, [end - 30 * MINUTE, end], {
      interruptions: [{ ...interruption, reportedAt: iso(stopped + 90 * MINUTE) }],
    });
    expect(late.statusCode).toBe(201);
    const [finding] = await findingsOf(
      liulin.handler.client,
      caseId,
      'av-interruption-unexplained',
    );
    expect(finding).toMatchObject({ severity: 'violation', subjectId: late.json().id });
    expect(finding!.message).toContain('迟延 30 分钟');

    const atOnce = await amend(liulin, late.json().id, {
      interruptions: [{ ...interruption, reportedAt: iso(stopped + 10 * MINUTE) }],
    });
    expect(atOnce.statusCode).toBe(201);
    expect(await findingsOf(liulin.handler.client, caseId, 'av-interruption-unexplained')).toEqual(
      [],
    );

    const before = await amend(liulin, late.json().id, {
      interruptions: [{ ...interruption, reportedAt: iso(stopped - MINUTE) }],
    });
    const problem = expectProblem(before, 400, 'validation-failed');
    expect(problem.invalidParams).toContainEqual({
      name: 'body.interruptions.0.reportedAt',
      reason: '向负责人报告的时间不能早于中断时间',
    });
  });
  it('every AV of a 001 case is filed with its note, 录音内容 and storage place (001 第十条)', async () => {
    const { caseId } = await caseWithInquiry(pingluo, '某某退役军人服务站违规收费案');
    const end = Date.now() - HOUR;
    const av = await registerAv(pingluo, caseId, [end - 10 * MINUTE, end]);
    expect(av.statusCode).toBe(201);
    const [open] = await findingsOf(pingluo.handler.client, caseId, 'av-filing-incomplete');
    expect(open).toMatchObject({ severity: 'due', subjectId: av.json().id });
    expect(open!.citations).toEqual([expect.objectContaining({ seed: '001', article: '第十条' })]);

    const note = await addRecord(pingluo.handler.client, caseId, {
      type: 'av_evidence_note',
      madeAt: new Date().toISOString(),
      fields: {
        maker: ['张三'],
        makingMethod: '执法记录仪导出',
        madeAt: iso(end),
        proves: '询问过程',
        recordingContent: '询问当事人收费情况',
        storageLocation: '本局专用存储器 /2026/询问/',
      },
    });
    const linked = await amend(pingluo, av.json().id, { evidenceNoteRecordId: note.id });
    expect(linked.statusCode).toBe(201);
    expect(await findingsOf(pingluo.handler.client, caseId, 'av-filing-incomplete')).toEqual([]);
  });
  it('damage found in storage is reported at once and its note filed (000 第十六条)', async () => {
    const { caseId } = await caseWithInquiry(liulin, '某某饭店违规排放油烟案');
    const end = Date.now() - 4 * HOUR;
    const av = await registerAv(liulin, caseId, [end - 10 * MINUTE, end]);
    expect(av.statusCode).toBe(201);
    const damage = { foundAt: iso(end + HOUR), description: '拷贝时文件后半段无法读取' };
    expect((await amend(liulin, av.json().id, { storageDamage: damage })).statusCode).toBe(201);
    const open = await findingsOf(liulin.handler.client, caseId, 'av-storage-damage-unreported');
    expect(open.map((finding) => finding.severity)).toEqual(['missing', 'missing']);
    expect(open[0]!.citations).toEqual([
      expect.objectContaining({ seed: '000', article: '第十六条' }),
    ]);

    const early = await amend(liulin, av.json().id, {
      storageDamage: { ...damage, reportedAt: iso(end + HOUR - MINUTE) },
    });
    expect(expectProblem(early, 400, 'validation-failed').invalidParams).toContainEqual({
      name: 'body.storageDamage.reportedAt',
      reason: '向负责人报告的时间不能早于发现损坏的时间',
    });
    const done = await amend(liulin, av.json().id, {
      storageDamage: {
        ...damage,
        reportedAt: iso(end + HOUR + 20 * MINUTE),
        reportedTo: '镇综合执法办主任',
        writtenNote: '存储卡损坏，后半段无法读取，已另用现场笔录补充',
      },
    });
    expect(done.statusCode).toBe(201);
    expect(done.json().storageDamage).toMatchObject({ reportedTo: '镇综合执法办主任' });
    expect(await findingsOf(liulin.handler.client, caseId, 'av-storage-damage-unreported')).toEqual(
      [],
    );
  });
});
