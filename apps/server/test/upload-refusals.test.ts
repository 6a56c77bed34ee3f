import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from './support/rows.ts';
import { metadataHeader } from './support/evidence-fixtures.ts';
import { uploadsWorld, type UploadsWorld } from './support/uploads-world.ts';
import {
  MiB,
  sha256Of,
  sm3Of,
  metadataWith,
  tusUpload,
  statusOf,
  problemOf,
  idOf,
  filesUnder,
  exists,
} from './support/tus-client.ts';

/** The refusals of the tus upload API: each with its status, its problem and nothing stored. */

let testApp: UploadsWorld['testApp'];
let base: UploadsWorld['base'];
let admin: UploadsWorld['admin'];
let officer: UploadsWorld['officer'];
let outsider: UploadsWorld['outsider'];
let caseId: UploadsWorld['caseId'];
let tusFetch: UploadsWorld['tusFetch'];
let create: UploadsWorld['create'];
let patch: UploadsWorld['patch'];
let evidenceRows: UploadsWorld['evidenceRows'];
let agencyEntries: UploadsWorld['agencyEntries'];

beforeAll(async () => {
  ({
    testApp,
    base,
    admin,
    officer,
    outsider,
    caseId,
    tusFetch,
    create,
    patch,
    evidenceRows,
    agencyEntries,
  } = await uploadsWorld());
});
afterAll(() => testApp.close());

describe('what an upload is refused, and why (tus 1.0)', () => {
  it('rejects a file whose declared hash differs: 460, nothing stored', async () => {
    const bytes = randomBytes(2 * MiB + 3);
    const declared = sha256Of(Buffer.concat([bytes, Buffer.from('tampered')]));
    const filesBefore = await filesUnder(testApp.config.evidenceDir);
    const { upload, done } = tusUpload(base, officer, bytes, {
      filename: '被篡改.mp4',
      filetype: 'video/mp4',
      sha256: declared,
    });
    const error = await done.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(statusOf(error)).toBe(460);
    const problem = problemOf(error);
    expect(problem.type).toBe('https://liuhen.org/problems/upload-hash-mismatch');
    expect(problem.detail).toContain('重新上传');

    const id = idOf(upload);
    const view = (await officer.get(`/api/v1/uploads/${id}`)).json();
    expect(view).toMatchObject({
      status: 'rejected',
      rejection: { type: 'https://liuhen.org/problems/upload-hash-mismatch' },
    });
    expect(view.evidenceObject).toBeUndefined();
    expect(await filesUnder(testApp.config.evidenceDir)).toEqual(filesBefore);
    expect(await evidenceRows(sha256Of(bytes))).toEqual([]);
    expect(await evidenceRows(declared)).toEqual([]);
    expect(await exists(path.join(testApp.config.uploadsDir, `${id}.part`))).toBe(false);

    const rejected = (await agencyEntries()).find(
      (entry) => entry.action === 'evidence.upload_rejected' && entry.data.uploadId === id,
    );
    expect(rejected?.data).toMatchObject({
      reason: 'upload-hash-mismatch',
      computedSha256: sha256Of(bytes),
      computedSm3: sm3Of(bytes),
    });
    // A rejected upload is closed: no more bytes, and tus clients are told it is gone.
    expect((await tusFetch(`/api/v1/uploads/${id}`, { method: 'HEAD' })).status).toBe(410);
  });

  it('answers 409 with the durable offset when the client is somewhere else', async () => {
    const bytes = randomBytes(1000);
    const location = await create(bytes.length, {
      filename: 'a.mp4',
      filetype: 'video/mp4',
      sha256: sha256Of(bytes),
    });
    const response = await patch(location, 5, bytes.subarray(5));
    expect(response.status).toBe(409);
    expect(response.headers.get('tus-resumable')).toBe('1.0.0');
    expect(await response.json()).toMatchObject({
      type: 'https://liuhen.org/problems/upload-offset-mismatch',
      offset: 0,
    });
    // Then the same bytes from the right place complete it.
    const done = await patch(location, 0, bytes);
    expect(done.status).toBe(204);
    expect(done.headers.get('upload-offset')).toBe('1000');
  });

  it('answers 409 to a second PATCH while one is still sending', async () => {
    const bytes = randomBytes(3 * MiB);
    const location = await create(bytes.length, {
      filename: 'b.mp4',
      filetype: 'video/mp4',
      sha256: sha256Of(bytes),
    });
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const first = patch(location, 0, body as unknown as Uint8Array);
    controller.enqueue(bytes.subarray(0, 2 * MiB));
    // The first PATCH holds the upload once its bytes reach the part file.
    const part = path.join(testApp.config.uploadsDir, `${location.split('/').at(-1)}.part`);
    for (let attempt = 0; attempt < 500 && (await stat(part)).size === 0; attempt++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await stat(part)).size).toBeGreaterThan(0);

    const second = await patch(location, 0, bytes);
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({
      type: 'https://liuhen.org/problems/upload-busy',
    });

    controller.enqueue(bytes.subarray(2 * MiB));
    controller.close();
    const finished = await first;
    expect(finished.status).toBe(204);
    expect(finished.headers.get('upload-offset')).toBe(String(bytes.length));
  });

  it('answers 415 to a PATCH that is not application/offset+octet-stream', async () => {
    const location = await create(10, {
      filename: 'c.mp4',
      filetype: 'video/mp4',
      sha256: sha256Of(Buffer.alloc(10)),
    });
    const response = await tusFetch(location, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'upload-offset': '0' },
      body: JSON.stringify({ bytes: 'x' }),
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: 'https://liuhen.org/problems/unsupported-media-type',
      detail: expect.stringContaining('application/offset+octet-stream'),
    });
  });

  it('answers 401 without a session and 403 to a user of no agency', async () => {
    const anonymous = await tusFetch(
      '/api/v1/uploads',
      {
        method: 'POST',
        headers: { 'upload-length': '10', 'upload-metadata': metadataHeader({ filename: 'x' }) },
      },
      null,
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('tus-resumable')).toBe('1.0.0');
    expect(
      (
        await tusFetch(
          '/api/v1/uploads/00000000-0000-4000-8000-000000000000',
          { method: 'HEAD' },
          null,
        )
      ).status,
    ).toBe(401);

    const platformAdmin = await tusFetch(
      '/api/v1/uploads',
      {
        method: 'POST',
        headers: {
          'upload-length': '10',
          'upload-metadata': metadataHeader({
            filename: 'x.mp4',
            filetype: 'video/mp4',
            sha256: 'a'.repeat(64),
          }),
        },
      },
      admin,
    );
    expect(platformAdmin.status).toBe(403);
  });

  it("hides another agency's upload: 404 to HEAD, PATCH, DELETE and the view", async () => {
    const bytes = randomBytes(100);
    const location = await create(bytes.length, {
      filename: 'd.mp4',
      filetype: 'video/mp4',
      sha256: sha256Of(bytes),
    });
    expect((await tusFetch(location, { method: 'HEAD' }, outsider)).status).toBe(404);
    expect((await patch(location, 0, bytes, outsider)).status).toBe(404);
    expect((await tusFetch(location, { method: 'DELETE' }, outsider)).status).toBe(404);
    expect((await outsider.get(location)).statusCode).toBe(404);
    // …and a case of another agency cannot be named.
    const otherCase = await tusFetch(
      '/api/v1/uploads',
      {
        method: 'POST',
        headers: {
          'upload-length': '100',
          'upload-metadata': metadataHeader({
            filename: 'd.mp4',
            filetype: 'video/mp4',
            sha256: sha256Of(bytes),
            caseId,
          }),
        },
      },
      outsider,
    );
    expect(otherCase.status).toBe(404);
    expect((await officer.get(location)).json().offset).toBe(0);
    expect((await tusFetch('/api/v1/uploads/not-an-id', { method: 'HEAD' })).status).toBe(404);
  });

  it('refuses a state-secret file citing 000 第十七条, and records the refusal', async () => {
    const response = await tusFetch('/api/v1/uploads', {
      method: 'POST',
      headers: {
        'upload-length': '2048',
        'upload-metadata': metadataHeader({
          filename: '涉密会议录像.mp4',
          filetype: 'video/mp4',
          sha256: 'b'.repeat(64),
          classification: 'state_secret',
        }),
      },
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { detail: string };
    expect(problem).toMatchObject({
      type: 'https://liuhen.org/problems/state-secret-refused',
      citations: [{ seed: '000', article: '第十七条' }],
    });
    expect(problem.detail).toContain('第十七条');
    expect(problem.detail).toContain('不得使用非涉密信息设备存储、处理涉及国家秘密');

    const refused = (await agencyEntries()).find(
      (entry) =>
        entry.action === 'evidence.upload_rejected' && entry.data.fileName === '涉密会议录像.mp4',
    );
    expect(refused?.data).toMatchObject({ uploadId: null, reason: 'state-secret-refused' });
    const [{ count }] = (await rows<{ count: number }>(
      testApp.database.db.execute(
        sql`select count(*)::int as count from uploads where metadata->>'filename' = '涉密会议录像.mp4'`,
      ),
    )) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('answers 413 to a file longer than MAX_UPLOAD_BYTES', async () => {
    const response = await tusFetch('/api/v1/uploads', {
      method: 'POST',
      headers: {
        'upload-length': String(testApp.config.maxUploadBytes + 1),
        'upload-metadata': metadataHeader({
          filename: '超长.mp4',
          filetype: 'video/mp4',
          sha256: 'c'.repeat(64),
        }),
      },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      type: 'https://liuhen.org/problems/upload-too-large',
    });
  });

  it.each([
    ['no Upload-Length', { 'upload-metadata': metadataWith({}) }, 'Upload-Length'],
    [
      'a deferred length',
      { 'upload-defer-length': '1', 'upload-metadata': metadataWith({}) },
      'Upload-Length',
    ],
    [
      'a negative Upload-Length',
      { 'upload-length': '-1', 'upload-metadata': metadataWith({}) },
      'Upload-Length',
    ],
    ['no Upload-Metadata', { 'upload-length': '10' }, 'Upload-Metadata'],
    [
      'metadata that is not base64',
      { 'upload-length': '10', 'upload-metadata': 'filename ***' },
      'Upload-Metadata',
    ],
    [
      'no filename',
      { 'upload-length': '10', 'upload-metadata': metadataWith({ filename: undefined }) },
      'Upload-Metadata.filename',
    ],
    [
      'no filetype',
      { 'upload-length': '10', 'upload-metadata': metadataWith({ filetype: undefined }) },
      'Upload-Metadata.filetype',
    ],
    [
      'no digest',
      { 'upload-length': '10', 'upload-metadata': metadataWith({ sha256: undefined }) },
      'Upload-Metadata.sha256',
    ],
    [
      'an upper-case digest',
      { 'upload-length': '10', 'upload-metadata': metadataWith({ sha256: 'A'.repeat(64) }) },
      'Upload-Metadata.sha256',
    ],
    [
      'a malformed case id',
      { 'upload-length': '10', 'upload-metadata': metadataWith({ caseId: '42' }) },
      'Upload-Metadata.caseId',
    ],
  ])('answers 400 naming the field for %s', async (_label, headers, field) => {
    const response = await tusFetch('/api/v1/uploads', { method: 'POST', headers });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as {
      type: string;
      detail: string;
      invalidParams: { name: string }[];
    };
    expect(problem.type).toBe('https://liuhen.org/problems/validation-failed');
    expect(problem.invalidParams.map((param) => param.name)).toContain(field);
    expect(problem.detail).toContain(field);
  });

  it('answers 404 to a case id that is not a case of the agency', async () => {
    const response = await tusFetch('/api/v1/uploads', {
      method: 'POST',
      headers: {
        'upload-length': '10',
        'upload-metadata': metadataHeader({
          filename: 'f.mp4',
          filetype: 'video/mp4',
          sha256: 'e'.repeat(64),
          caseId: '00000000-0000-4000-8000-000000000000',
        }),
      },
    });
    expect(response.status).toBe(404);
  });

  it('answers 412 with Tus-Version to another protocol version', async () => {
    const response = await tusFetch('/api/v1/uploads', {
      method: 'POST',
      headers: { 'tus-resumable': '0.2.2', 'upload-length': '10' },
    });
    expect(response.status).toBe(412);
    expect(response.headers.get('tus-version')).toBe('1.0.0');
    expect(response.headers.get('tus-resumable')).toBe('1.0.0');
  });
});
