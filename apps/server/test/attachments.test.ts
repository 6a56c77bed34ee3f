import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RECORDS,
  addRecord,
  openCaseBody,
  type AgencyFixture,
  changshanAgency,
  pingluoAgency,
} from './support/case-fixtures.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { pdfPageTexts } from '../src/copies/test-support/pdf-text.ts';
import { refusal } from './support/refusal.ts';
import { rows } from './support/rows.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;

const HOUR = 3_600_000;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  pingluo = await pingluoAgency(testApp, admin);
});
afterAll(() => testApp.close());

/** A real PNG (one grey row of `width` pixels); `width` makes each one's bytes different. */
function png(width: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const scanline = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0x80)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanline)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real one-page PDF with a correct cross-reference table. */
function pdf(text: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sm3Of = (bytes: Buffer) => createHash('sm3').update(bytes).digest('hex');

/** An opened case of the agency with its case source record (立案登记). */
async function caseWithRecord(fixture: AgencyFixture, name: string) {
  const opened = (
    await fixture.handler.client.post('/api/v1/cases', openCaseBody(fixture, { name }))
  ).json();
  const record = await addRecord(fixture.handler.client, opened.id, RECORDS.caseSource());
  return { caseId: opened.id as string, recordId: record.id };
}

function attach(client: Client, recordId: string, evidenceObjectId: string, description: string) {
  return client.post(`/api/v1/records/${recordId}/attachments`, { evidenceObjectId, description });
}

async function listed(client: Client, recordId: string) {
  const response = await client.get(`/api/v1/records/${recordId}/attachments`);
  expect(response.statusCode).toBe(200);
  return response.json().items as {
    id: string;
    description: string;
    evidenceObject: { id: string };
  }[];
}

async function ledgerBodies(action: string, target: string) {
  await testApp.ledger.settle();
  const found = await rows<{ body: string }>(
    testApp.database.db.execute(
      sql`select convert_from(body, 'UTF8') as body from ledger_entries
          where action = ${action} and target = ${target} order by seq`,
    ),
  );
  return found.map((row) => JSON.parse(row.body));
}

describe('attaching scans and photos to a record', () => {
  it('attaches an uploaded PNG and PDF, listed with who attached them, on the ledger with the file digests', async () => {
    const { caseId, recordId } = await caseWithRecord(changshan, '某某商店违规设置店招案');
    const scan = pdf('Signed page');
    const photo = png(40);
    const scanId = await storeEvidence(changshan.handler.client, {
      bytes: scan,
      fileName: '立案登记签字页.pdf',
      mediaType: 'application/pdf',
      caseId,
    });
    const photoId = await storeEvidence(changshan.handler.client, {
      bytes: photo,
      fileName: 'IMG_0001.PNG',
      mediaType: 'image/png',
      caseId,
    });

    const first = await attach(
      changshan.handler.client,
      recordId,
      scanId,
      '立案登记表签字页扫描件',
    );
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      recordId,
      description: '立案登记表签字页扫描件',
      attachedBy: { id: changshan.handler.id, name: '张三' },
      evidenceObject: {
        id: scanId,
        sha256: sha256Of(scan),
        sizeBytes: scan.length,
        mediaType: 'application/pdf',
        originalName: '立案登记签字页.pdf',
      },
    });
    // The assisting officer works on the case too.
    const second = await attach(changshan.assistant.client, recordId, photoId, '现场店招照片');
    expect(second.statusCode).toBe(201);

    // Anyone in the agency may read the list; it keeps the order of attaching.
    const items = await listed(changshan.legal.client, recordId);
    expect(items.map((item) => [item.description, item.evidenceObject.id])).toEqual([
      ['立案登记表签字页扫描件', scanId],
      ['现场店招照片', photoId],
    ]);
    expect(items[1]).toMatchObject({ attachedBy: { name: '李四' } });

    const [added] = await ledgerBodies('case.record_attachment_added', `record:${recordId}`);
    expect(added.actor.username).toBe('cs.zhang');
    expect(added.data).toEqual({
      recordId,
      attachmentId: first.json().id,
      evidenceObjectId: scanId,
      description: '立案登记表签字页扫描件',
    });
    expect(added.hashes).toEqual([
      { name: 'file', algorithm: 'sha256', hex: sha256Of(scan) },
      { name: 'file', algorithm: 'sm3', hex: sm3Of(scan) },
    ]);

    // Another agency cannot see the record exists.
    expect(
      (await pingluo.handler.client.get(`/api/v1/records/${recordId}/attachments`)).statusCode,
    ).toBe(404);
  });

  it('attaches to any version: a scan belongs to the version it scans', async () => {
    const { recordId } = await caseWithRecord(changshan, '某某餐馆占道经营案');
    const { type: _type, ...content } = RECORDS.caseSource();
    const corrected = await changshan.handler.client.post(
      `/api/v1/records/${recordId}/corrections`,
      {
        ...content,
        fields: { caseSource: '群众投诉', filing: '经批准立案调查' },
        reason: '案件来源填写错误',
      },
    );
    expect(corrected.statusCode).toBe(201);
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: png(41),
      fileName: '原版本签字页.png',
      mediaType: 'image/png',
    });
    const onOriginal = await attach(changshan.handler.client, recordId, objectId, '原版本签字页');
    expect(onOriginal.statusCode).toBe(201);
    const onCorrection = await attach(
      changshan.handler.client,
      corrected.json().id,
      objectId,
      '更正后签字页',
    );
    expect(onCorrection.statusCode).toBe(201);
    expect((await listed(changshan.handler.client, recordId)).map((i) => i.description)).toEqual([
      '原版本签字页',
    ]);
  });

  it('refuses video, content that is not its declared type, a foreign file, a bystander, a repeat and a closed case, each named', async () => {
    const { caseId, recordId } = await caseWithRecord(changshan, '某某网吧噪声扰民案');
    const video = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.from('not really a video, the type is what is refused'),
      fileName: 'DSJ_0001.MP4',
      mediaType: 'video/mp4',
    });
    const refusedVideo = await attach(changshan.handler.client, recordId, video, '询问录像');
    expect(refusedVideo.statusCode).toBe(422);
    expect(refusedVideo.json().type).toMatch(/attachment-type-not-allowed$/);
    expect(refusedVideo.json().detail).toContain('音像记录');
    expect(refusedVideo.json().detail).toContain('JPEG、PNG、TIFF、WebP 图片或 PDF 文件');

    const wordFile = await storeEvidence(changshan.handler.client, {
      bytes: Buffer.from('PK\u0003\u0004 a word document'),
      fileName: '说明.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const refusedWord = await attach(changshan.handler.client, recordId, wordFile, '说明');
    expect(refusedWord.statusCode).toBe(422);
    expect(refusedWord.json().type).toMatch(/attachment-type-not-allowed$/);

    const disguised = await storeEvidence(changshan.handler.client, {
      bytes: pdf('Not a PNG'),
      fileName: '照片.png',
      mediaType: 'image/png',
    });
    const mismatch = await attach(changshan.handler.client, recordId, disguised, '现场照片');
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().type).toMatch(/attachment-content-mismatch$/);
    expect(mismatch.json().detail).toContain('PNG 图片');

    const foreign = await storeEvidence(pingluo.handler.client, {
      bytes: png(42),
      fileName: 'PL.png',
      mediaType: 'image/png',
    });
    const notOurs = await attach(changshan.handler.client, recordId, foreign, '别处的照片');
    expect(notOurs.statusCode).toBe(404);

    const scan = await storeEvidence(changshan.handler.client, {
      bytes: pdf('Scan 43'),
      fileName: '扫描件.pdf',
      mediaType: 'application/pdf',
    });
    const bystander = await attach(changshan.legal.client, recordId, scan, '扫描件');
    expect(bystander.statusCode).toBe(403);
    const otherAgency = await attach(pingluo.handler.client, recordId, foreign, '扫描件');
    expect(otherAgency.statusCode).toBe(404);

    const blank = await attach(changshan.handler.client, recordId, scan, '  ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().invalidParams[0].name).toBe('body.description');

    // None of the refusals left anything behind.
    expect(await listed(changshan.handler.client, recordId)).toEqual([]);

    expect((await attach(changshan.handler.client, recordId, scan, '扫描件')).statusCode).toBe(201);
    const again = await attach(changshan.handler.client, recordId, scan, '扫描件（再次）');
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toMatch(/attachment-exists$/);
    expect(await listed(changshan.handler.client, recordId)).toHaveLength(1);

    const closed = await changshan.handler.client.post(`/api/v1/cases/${caseId}/close-in-error`, {
      reason: '重复立案，已并入另一案件',
    });
    expect(closed.statusCode).toBe(200);
    const late = await storeEvidence(changshan.handler.client, {
      bytes: png(44),
      fileName: 'late.png',
      mediaType: 'image/png',
    });
    const afterClosing = await attach(changshan.handler.client, recordId, late, '补充照片');
    expect(afterClosing.statusCode).toBe(409);
    expect(afterClosing.json().type).toMatch(/case-closed-in-error$/);
  });

  it('are never changed or removed: the database refuses it', async () => {
    const { recordId } = await caseWithRecord(changshan, '某某超市店外经营案');
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: png(45),
      fileName: 'photo.png',
      mediaType: 'image/png',
    });
    const { id } = (await attach(changshan.handler.client, recordId, objectId, '现场照片')).json();
    expect(
      await refusal(
        testApp,
        sql`update record_attachments set description = '别的' where id = ${id}`,
      ),
    ).toMatch(/record_attachments is append-only: UPDATE refused/);
    expect(await refusal(testApp, sql`delete from record_attachments where id = ${id}`)).toMatch(
      /record_attachments is append-only: DELETE refused/,
    );
    expect((await listed(changshan.handler.client, recordId))[0]!.description).toBe('现场照片');
  });
});

describe('viewing and downloading an attachment', () => {
  let attachmentId: string;
  let caseId: string;
  let recordId: string;
  const scan = pdf('Viewed page with enough bytes to ask for a range of them');

  beforeAll(async () => {
    ({ caseId, recordId } = await caseWithRecord(changshan, '某某宾馆消防通道堵塞案'));
    const objectId = await storeEvidence(changshan.handler.client, {
      bytes: scan,
      fileName: '现场检查笔录签字页.pdf',
      mediaType: 'application/pdf',
    });
    attachmentId = (
      await attach(changshan.handler.client, recordId, objectId, '现场检查笔录签字页')
    ).json().id;
  });

  it('needs a reason first, which goes on the ledger with who asked', async () => {
    const noToken = await changshan.legal.client.get(
      `/api/v1/attachments/${attachmentId}/content?access=x.y`,
    );
    expect(noToken.statusCode).toBe(403);
    const noReason = await changshan.legal.client.post(
      `/api/v1/attachments/${attachmentId}/access`,
      {
        purpose: 'view',
        reason: ' ',
      },
    );
    expect(noReason.statusCode).toBe(400);

    const grant = await changshan.legal.client.post(`/api/v1/attachments/${attachmentId}/access`, {
      purpose: 'view',
      reason: '法制审核核对签字',
    });
    expect(grant.statusCode).toBe(201);
    expect(grant.json().url).toMatch(`/api/v1/attachments/${attachmentId}/content?access=`);

    const [entry] = await ledgerBodies(
      'case.record_attachment_accessed',
      `record_attachment:${attachmentId}`,
    );
    expect(entry.actor.username).toBe('cs.wu');
    expect(entry.data).toMatchObject({
      caseId,
      recordId,
      attachmentId,
      purpose: 'view',
      reason: '法制审核核对签字',
    });
    expect(entry.hashes).toContainEqual({ name: 'file', algorithm: 'sha256', hex: sha256Of(scan) });

    expect(
      (
        await pingluo.handler.client.post(`/api/v1/attachments/${attachmentId}/access`, {
          purpose: 'view',
          reason: '查看',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('serves the exact bytes, whole and by range, only to the user the access was granted to', async () => {
    const { url } = (
      await changshan.assistant.client.post(`/api/v1/attachments/${attachmentId}/access`, {
        purpose: 'view',
        reason: '复核',
      })
    ).json();
    const whole = await changshan.assistant.client.get(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('application/pdf');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-disposition']).toBe(
      `inline; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent('现场检查笔录签字页.pdf')}`,
    );
    expect(whole.rawPayload.equals(scan)).toBe(true);

    const ranged = await changshan.assistant.client.app.inject({
      method: 'GET',
      url,
      headers: { cookie: changshan.assistant.client.cookie!, range: 'bytes=10-49' },
    });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-range']).toBe(`bytes 10-49/${scan.length}`);
    expect(ranged.rawPayload.equals(scan.subarray(10, 50))).toBe(true);

    const beyond = await changshan.assistant.client.app.inject({
      method: 'GET',
      url,
      headers: { cookie: changshan.assistant.client.cookie!, range: `bytes=${scan.length}-` },
    });
    expect(beyond.statusCode).toBe(416);

    // Someone else holding the link is not the person whose access was recorded.
    expect((await changshan.handler.client.get(url)).statusCode).toBe(403);
  });

  it('a download is a marked copy, saved as such; the original is untouched; the link expires', async () => {
    const { url } = (
      await changshan.assistant.client.post(`/api/v1/attachments/${attachmentId}/access`, {
        purpose: 'download',
        reason: '移送法院',
      })
    ).json();
    const download = await changshan.assistant.client.get(url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    // 现场检查笔录签字页（副本 …）.pdf
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="attachment\.pdf"; filename\*=UTF-8''%E7%8E%B0.*%E5%89%AF%E6%9C%AC/,
    );
    const copy = download.rawPayload;
    expect(copy.equals(scan)).toBe(false);
    const [text] = await pdfPageTexts(copy);
    expect(text).toContain('Viewed page');
    expect(text!.replace(/\s+/g, '')).toContain('留痕副本');
    expect(text).toContain('cs.li');

    const entries = await ledgerBodies(
      'case.record_attachment_accessed',
      `record_attachment:${attachmentId}`,
    );
    const downloaded = entries.find((entry) => entry.data.purpose === 'download');
    expect(downloaded.data.copy).toMatchObject({ sha256: sha256Of(copy), sizeBytes: copy.length });
    expect(downloaded.data.copy.mark).toContain('本人权限');
    // The id printed on the copy leads back to the download in the case's access history.
    expect(text).toContain(downloaded.data.copy.copyId.slice(0, 8));
    const history = (
      await changshan.head.client.get(`/api/v1/cases/${caseId}/access-history`)
    ).json();
    expect(
      history.items.find(
        (item: { copyId: string | null }) => item.copyId === downloaded.data.copy.copyId,
      ),
    ).toMatchObject({ purpose: 'download', reason: '移送法院', actor: { username: 'cs.li' } });
    // The stored original still has its own bytes.
    const { url: viewUrl } = (
      await changshan.assistant.client.post(`/api/v1/attachments/${attachmentId}/access`, {
        purpose: 'view',
        reason: '核对原件',
      })
    ).json();
    expect((await changshan.assistant.client.get(viewUrl)).rawPayload.equals(scan)).toBe(true);

    testApp.advance(3 * HOUR);
    expect((await changshan.assistant.client.get(url)).statusCode).toBe(403);
  });
});
