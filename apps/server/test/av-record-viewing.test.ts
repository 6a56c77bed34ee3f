import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  avBody,
  caseWithInquiry,
  changshan,
  HOUR,
  pingluo,
  registerAv,
  testApp,
  useAvRecordsWorld,
  video,
  workDir,
} from './support/av-records-world.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { rows } from './support/rows.ts';

const run = promisify(execFile);

useAvRecordsWorld();

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
