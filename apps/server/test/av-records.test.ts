import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRecord,
  inquiryTranscript,
  fileCase,
  openCaseBody,
  type AgencyFixture,
  changshanAgency,
  pingluoAgency,
} from './support/case-fixtures.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { refusal } from './support/refusal.ts';
import { rows } from './support/rows.ts';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

const run = promisify(execFile);

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;
let workDir: string;
let video: Buffer;

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  pingluo = await pingluoAgency(testApp, admin);
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-av-'));
  video = (await makeSampleVideo({ directory: workDir, seconds: 2 })).bytes;
});
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

/** A filed case under the agency's profile, with an inquiry transcript in investigation. */
async function caseWithInquiry(
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

async function findingsOf(client: Client, caseId: string) {
  const response = await client.get(`/api/v1/cases/${caseId}/findings`);
  expect(response.statusCode).toBe(200);
  return response.json().items as { ruleId: string; severity: string; subjectId?: string }[];
}

function avBody(evidenceObjectId: string, overrides: Record<string, unknown> = {}) {
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

async function registerAv(client: Client, caseId: string, body: object) {
  return client.post(`/api/v1/cases/${caseId}/av-records`, body as never);
}

describe('AV records', () => {
  it('answer the mandatory-AV finding of an inquiry, named by the standard, with the media read from the file', async () => {
    const { caseId, transcriptId } = await caseWithInquiry(changshan);
    const before = await findingsOf(changshan.handler.client, caseId);
    expect(before).toContainEqual(
      expect.objectContaining({ ruleId: 'mandatory-av-missing', subjectId: transcriptId }),
    );

    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: video,
      fileName: 'DSJ_0001.MP4',
      mediaType: 'video/mp4',
      caseId,
    });
    const response = await registerAv(
      changshan.handler.client,
      caseId,
      avBody(objectId, { recordId: transcriptId }),
    );
    expect(response.statusCode).toBe(201);
    const av = response.json();
    expect(av.name).toMatch(/^某某贸易有限公司未按规定设置店招案_\d{8}_01_张三_询问\.mp4$/);
    expect(av.stage).toBe('investigation');
    expect(av.evidenceObject.media.durationSeconds).toBeCloseTo(2, 0);
    expect(av.evidenceObject.media.videoCodec).toBe('h264');
    expect(av.maker.name).toBe('张三');

    const after = await findingsOf(changshan.handler.client, caseId);
    expect(after.filter((f) => f.ruleId === 'mandatory-av-missing')).toEqual([]);

    const poster = await changshan.assistant.client.get(`/api/v1/av-records/${av.id}/poster`);
    expect(poster.statusCode).toBe(200);
    expect(poster.headers['content-type']).toBe('image/jpeg');
    expect(poster.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const listed = (
      await changshan.assistant.client.get(`/api/v1/cases/${caseId}/av-records`)
    ).json();
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([av.id]);
  });

  it('stay linked to a transcript when the transcript is corrected', async () => {
    const { caseId, transcriptId } = await caseWithInquiry(changshan, '某某商行占道经营案');
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.concat([video, Buffer.from('second copy')]),
      fileName: 'DSJ_0002.MP4',
      mediaType: 'video/mp4',
    });
    await registerAv(
      changshan.handler.client,
      caseId,
      avBody(objectId, { recordId: transcriptId }),
    );
    const { type: _type, ...transcript } = inquiryTranscript();
    const corrected = await changshan.handler.client.post(
      `/api/v1/records/${transcriptId}/corrections`,
      { ...transcript, reason: '更正询问地点门牌号' },
    );
    expect(corrected.statusCode).toBe(201);
    const findings = await findingsOf(changshan.handler.client, caseId);
    expect(findings.filter((f) => f.ruleId === 'mandatory-av-missing')).toEqual([]);
  });

  it('refuse impossible times, foreign links, foreign files and a second registration, each named', async () => {
    const { caseId, transcriptId } = await caseWithInquiry(changshan, '某某餐馆油烟扰民案');
    const other = await caseWithInquiry(changshan, '某某超市店外经营案');
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.concat([video, Buffer.from('third copy')]),
      fileName: 'DSJ_0003.MP4',
      mediaType: 'video/mp4',
    });
    const now = Date.now();

    const reversed = await registerAv(
      changshan.handler.client,
      caseId,
      avBody(objectId, {
        recordingStartedAt: iso(now - HOUR),
        recordingEndedAt: iso(now - 2 * HOUR),
      }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().invalidParams).toContainEqual({
      name: 'body.recordingEndedAt',
      reason: '录制结束时间不能早于开始时间',
    });

    const afterStorage = await registerAv(
      changshan.handler.client,
      caseId,
      avBody(objectId, { recordingStartedAt: iso(now), recordingEndedAt: iso(now + 2 * HOUR) }),
    );
    expect(afterStorage.statusCode).toBe(400);
    expect(afterStorage.json().detail).toContain('录制结束时间不能晚于文件入库时间');

    const foreignRecord = await registerAv(
      changshan.handler.client,
      caseId,
      avBody(objectId, { recordId: other.transcriptId }),
    );
    expect(foreignRecord.statusCode).toBe(400);
    expect(foreignRecord.json().invalidParams).toContainEqual({
      name: 'body.recordId',
      reason: '关联的文书不是本案的文书',
    });

    const notANote = await registerAv(
      changshan.handler.client,
      caseId,
      avBody(objectId, { evidenceNoteRecordId: transcriptId }),
    );
    expect(notANote.statusCode).toBe(400);
    expect(notANote.json().invalidParams[0].name).toBe('body.evidenceNoteRecordId');

    const badInterruption = await registerAv(
      changshan.handler.client,
      caseId,
      avBody(objectId, {
        interruptions: [{ reason: 'battery', from: iso(now - 10 * HOUR), note: '电量不足' }],
      }),
    );
    expect(badInterruption.statusCode).toBe(400);
    expect(badInterruption.json().invalidParams[0].name).toBe('body.interruptions.0.from');

    const foreignObject = await storeEvidence(pingluo.handler.client, {
      bytes: Buffer.concat([video, Buffer.from('pingluo')]),
      fileName: 'PL.MP4',
      mediaType: 'video/mp4',
    });
    const notOurs = await registerAv(changshan.handler.client, caseId, avBody(foreignObject));
    expect(notOurs.statusCode).toBe(404);

    const bystander = await registerAv(changshan.legal.client, caseId, avBody(objectId));
    expect(bystander.statusCode).toBe(403);

    // None of the refusals left anything behind.
    expect(
      (await changshan.handler.client.get(`/api/v1/cases/${caseId}/av-records`)).json().items,
    ).toEqual([]);

    expect((await registerAv(changshan.handler.client, caseId, avBody(objectId))).statusCode).toBe(
      201,
    );
    const again = await registerAv(changshan.handler.client, caseId, avBody(objectId));
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toMatch(/av-object-already-registered$/);
  });

  it('are refused on a case closed in error: its file takes nothing more', async () => {
    const { caseId } = await caseWithInquiry(changshan, '某某门店误立案件');
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.concat([video, Buffer.from('closed')]),
      fileName: 'DSJ_0009.MP4',
      mediaType: 'video/mp4',
    });
    const closed = await changshan.handler.client.post(`/api/v1/cases/${caseId}/close-in-error`, {
      reason: '当事人信息登记错误，重复立案',
    });
    expect(closed.statusCode).toBe(200);
    const refused = await registerAv(changshan.handler.client, caseId, avBody(objectId));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toMatch(/case-closed-in-error$/);
  });

  it('show a late upload as a violation of the storage deadline (004 第十八条: 二日)', async () => {
    const { caseId, transcriptId } = await caseWithInquiry(changshan, '某某公司违规堆放建筑垃圾案');
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.concat([video, Buffer.from('late')]),
      fileName: 'DSJ_0004.MP4',
      mediaType: 'video/mp4',
    });
    const ended = Date.now() - 5 * 24 * HOUR;
    const av = (
      await registerAv(
        changshan.handler.client,
        caseId,
        avBody(objectId, {
          recordId: transcriptId,
          recordingStartedAt: iso(ended - HOUR),
          recordingEndedAt: iso(ended),
        }),
      )
    ).json();
    const late = (await findingsOf(changshan.handler.client, caseId)).filter(
      (f) => f.ruleId === 'av-stored-late',
    );
    expect(late).toEqual([expect.objectContaining({ severity: 'violation', subjectId: av.id })]);
  });

  it('are amended as new versions with a reason; the database refuses to change a version', async () => {
    const { caseId, transcriptId } = await caseWithInquiry(changshan, '某某网吧噪声扰民案');
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.concat([video, Buffer.from('interrupted')]),
      fileName: 'DSJ_0005.MP4',
      mediaType: 'video/mp4',
    });
    const ended = Date.now() - HOUR;
    const av = (
      await registerAv(
        changshan.handler.client,
        caseId,
        avBody(objectId, {
          recordId: transcriptId,
          recordingStartedAt: iso(ended - HOUR),
          recordingEndedAt: iso(ended),
          interruptions: [{ reason: 'device_fault', from: iso(ended - 30 * 60_000) }],
        }),
      )
    ).json();
    expect((await findingsOf(changshan.handler.client, caseId)).map((f) => f.ruleId)).toContain(
      'av-interruption-unexplained',
    );

    const amended = await changshan.handler.client.post(`/api/v1/av-records/${av.id}/amendments`, {
      interruptions: [
        {
          reason: 'device_fault',
          from: iso(ended - 30 * 60_000),
          resumedAt: iso(ended - 25 * 60_000),
          note: '执法记录仪死机，重启后继续记录并语音说明',
        },
      ],
      reason: '补充中断原因说明',
    });
    expect(amended.statusCode).toBe(201);
    const view = amended.json();
    expect(view.id).toBe(av.id);
    expect(view.name).toBe(av.name);
    expect(view.versions.map((v: { amendmentReason: string | null }) => v.amendmentReason)).toEqual(
      [null, '补充中断原因说明'],
    );
    expect((await findingsOf(changshan.handler.client, caseId)).map((f) => f.ruleId)).not.toContain(
      'av-interruption-unexplained',
    );

    // An amendment must change something.
    const empty = await changshan.handler.client.post(`/api/v1/av-records/${av.id}/amendments`, {
      reason: '没有修改',
    });
    expect(empty.statusCode).toBe(400);

    expect(
      await refusal(testApp, sql`update av_records set place = '别处' where id = ${av.versionId}`),
    ).toMatch(/av_records is append-only: UPDATE refused/);
    expect(
      await refusal(testApp, sql`delete from evidence_objects where id = ${objectId}`),
    ).toMatch(/evidence_objects is append-only: DELETE refused/);
  });

  it('an AV record used as evidence needs its evidence note (004 第二十一条)', async () => {
    const { caseId } = await caseWithInquiry(changshan, '某某加油站安全隐患案');
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.concat([video, Buffer.from('evidence')]),
      fileName: 'DSJ_0006.MP4',
      mediaType: 'video/mp4',
    });
    const av = (
      await registerAv(changshan.handler.client, caseId, avBody(objectId, { usedAsEvidence: true }))
    ).json();
    const missing = (await findingsOf(changshan.handler.client, caseId)).filter(
      (f) => f.ruleId === 'av-evidence-note-missing',
    );
    expect(missing).toEqual([expect.objectContaining({ subjectId: av.id })]);

    const at = new Date().toISOString();
    const note = await addRecord(changshan.handler.client, caseId, {
      type: 'av_evidence_note',
      madeAt: at,
      fields: {
        maker: ['张三'],
        makingMethod: '执法记录仪现场录制',
        madeAt: at,
        extractor: ['李四'],
        extractedAt: at,
        extractedPlace: '常山县综合行政执法局证据室',
        proves: '当事人承认店招未经审批',
        // 004《全过程记录制度》第二十一条: 复制为光盘后附卷.
        filedOnDisc: true,
      },
    });
    const linked = await changshan.handler.client.post(`/api/v1/av-records/${av.id}/amendments`, {
      evidenceNoteRecordId: note.id,
      reason: '关联证据说明',
    });
    expect(linked.statusCode).toBe(201);
    expect(
      (await findingsOf(changshan.handler.client, caseId)).filter(
        (f) => f.ruleId === 'av-evidence-note-missing',
      ),
    ).toEqual([]);
  });
});

describe('viewing and downloading a recording', () => {
  let avId: string;
  let caseId: string;

  beforeAll(async () => {
    ({ caseId } = await caseWithInquiry(changshan, '某某宾馆消防通道堵塞案'));
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: video,
      fileName: 'DSJ_0001.MP4',
      mediaType: 'video/mp4',
    });
    avId = (await registerAv(changshan.handler.client, caseId, avBody(objectId))).json().id;
  });

  it('needs a reason first, which goes on the ledger with who asked', async () => {
    const noToken = await changshan.assistant.client.get(
      `/api/v1/av-records/${avId}/content?access=x.y`,
    );
    expect(noToken.statusCode).toBe(403);

    const noReason = await changshan.assistant.client.post(`/api/v1/av-records/${avId}/access`, {
      purpose: 'view',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);

    const grant = await changshan.assistant.client.post(`/api/v1/av-records/${avId}/access`, {
      purpose: 'view',
      reason: '审核询问过程是否完整',
    });
    expect(grant.statusCode).toBe(201);
    await testApp.ledger.settle();
    const [entry] = await rows<{ action: string; body: string }>(
      testApp.database.db.execute(
        sql`select action, convert_from(body, 'UTF8') as body from ledger_entries
            where target = ${`av_record:${avId}`} and action = 'av_record.accessed'`,
      ),
    );
    const body = JSON.parse(entry!.body);
    expect(body.actor.username).toBe('cs.li');
    expect(body.data).toMatchObject({ purpose: 'view', reason: '审核询问过程是否完整', caseId });
  });

  it('serves the exact bytes, whole and by range, only to the user the access was granted to', async () => {
    const { url } = (
      await changshan.assistant.client.post(`/api/v1/av-records/${avId}/access`, {
        purpose: 'view',
        reason: '复核',
      })
    ).json();
    const whole = await changshan.assistant.client.get(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.equals(video)).toBe(true);

    const ranged = await changshan.assistant.client.app.inject({
      method: 'GET',
      url,
      headers: { cookie: changshan.assistant.client.cookie!, range: 'bytes=100-199' },
    });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-range']).toBe(`bytes 100-199/${video.length}`);
    expect(ranged.rawPayload.equals(video.subarray(100, 200))).toBe(true);

    const beyond = await changshan.assistant.client.app.inject({
      method: 'GET',
      url,
      headers: { cookie: changshan.assistant.client.cookie!, range: `bytes=${video.length}-` },
    });
    expect(beyond.statusCode).toBe(416);

    // Someone else holding the link is not the person whose access was recorded.
    expect((await changshan.handler.client.get(url)).statusCode).toBe(403);
    // Another agency cannot even see the recording exists.
    expect((await pingluo.handler.client.get(`/api/v1/av-records/${avId}`)).statusCode).toBe(404);
  });

  it('a download is a copy named by the standard, carrying who took it in its metadata; the link expires', async () => {
    const { url } = (
      await changshan.assistant.client.post(`/api/v1/av-records/${avId}/access`, {
        purpose: 'download',
        reason: '移送法院',
      })
    ).json();
    const download = await changshan.assistant.client.get(url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="recording\.mp4"; filename\*=UTF-8''%E6%9F%90.*%E5%89%AF%E6%9C%AC/,
    );
    const copy = download.rawPayload;
    expect(copy.equals(video)).toBe(false);
    const copyPath = path.join(workDir, 'downloaded-copy.mp4');
    await writeFile(copyPath, copy);
    const probed = JSON.parse(
      (
        await run(process.env.FFPROBE_PATH ?? 'ffprobe', [
          '-v',
          'error',
          '-show_format',
          '-of',
          'json',
          copyPath,
        ])
      ).stdout,
    ) as { format: { tags: Record<string, string> } };
    expect(Object.values(probed.format.tags).join(' ')).toContain('cs.li');

    await testApp.ledger.settle();
    const [entry] = await rows<{ body: string }>(
      testApp.database.db.execute(
        sql`select convert_from(body, 'UTF8') as body from ledger_entries
            where action = 'av_record.accessed' and target = ${`av_record:${avId}`}
              and convert_from(body, 'UTF8') like '%"download"%'`,
      ),
    );
    const copyFacts = JSON.parse(entry!.body).data.copy;
    expect(copyFacts).toMatchObject({
      sha256: createHash('sha256').update(copy).digest('hex'),
      sizeBytes: copy.length,
    });
    expect(probed.format.tags.liuhen_copy_id ?? JSON.stringify(probed.format.tags)).toContain(
      copyFacts.copyId.slice(0, 8),
    );
    testApp.advance(3 * HOUR);
    expect((await changshan.assistant.client.get(url)).statusCode).toBe(403);
  });
});
