import { createHash, randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import * as tus from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceKeyOf } from '../src/evidence/evidence-store.ts';
import { openFilesystemEvidenceStore } from '../src/evidence/filesystem-evidence-store.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import { posterPath } from '../src/media/make-poster.ts';
import { agencyWithOfficers, openCaseBody, type AgencyFixture } from './support/case-fixtures.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { rows } from './support/rows.ts';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import {
  Client,
  createAndSignIn,
  createTestApp,
  signInAdmin,
  STRONG_PASSWORD,
  type TestApp,
} from './support/test-app.ts';
import { metadataHeader } from './support/evidence-fixtures.ts';

const MiB = 1024 * 1024;
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const sm3Of = (bytes: Uint8Array) => createHash('sm3').update(bytes).digest('hex');

/** Valid metadata with some pairs changed; `undefined` leaves a pair out. */
function metadataWith(changes: Record<string, string | undefined>): string {
  const pairs: Record<string, string | undefined> = {
    filename: 'e.mp4',
    filetype: 'video/mp4',
    sha256: 'd'.repeat(64),
    ...changes,
  };
  return metadataHeader(
    Object.fromEntries(
      Object.entries(pairs).filter((pair): pair is [string, string] => pair[1] !== undefined),
    ),
  );
}

function authHeaders(client: Client): Record<string, string> {
  return { cookie: client.cookie!, 'x-csrf-token': client.csrfToken! };
}

async function listen(testApp: TestApp): Promise<string> {
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Runs a tus-js-client upload to its end; rejects with the client's error. */
function tusUpload(
  base: string,
  client: Client,
  bytes: Buffer,
  metadata: Record<string, string>,
  options: Partial<tus.UploadOptions> = {},
): { upload: tus.Upload; done: Promise<void> } {
  let upload!: tus.Upload;
  const done = new Promise<void>((resolve, reject) => {
    upload = new tus.Upload(bytes, {
      endpoint: `${base}/api/v1/uploads`,
      headers: authHeaders(client),
      metadata,
      retryDelays: [],
      ...options,
      onSuccess: () => resolve(),
      onError: (error) => reject(error),
    });
  });
  upload.start();
  return { upload, done };
}

function statusOf(error: unknown): number | undefined {
  return (error as tus.DetailedError).originalResponse?.getStatus();
}

function problemOf(error: unknown): Record<string, unknown> {
  return JSON.parse((error as tus.DetailedError).originalResponse?.getBody() ?? '{}');
}

const idOf = (upload: tus.Upload) => upload.url!.split('/').at(-1)!;

/** Every file under a folder, recursively (the evidence store's objects). */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

describe('resumable verified uploads (tus 1.0)', () => {
  let testApp: TestApp;
  let base: string;
  let admin: Client;
  let agency: AgencyFixture;
  let officer: Client;
  let outsider: Client;
  let caseId: string;

  /** A tus request made by hand, for the protocol's error paths. */
  function tusFetch(
    url: string,
    init: { method: string; headers?: Record<string, string>; body?: RequestInit['body'] },
    client: Client | null = officer,
  ) {
    return fetch(`${base}${url}`, {
      method: init.method,
      headers: {
        'tus-resumable': '1.0.0',
        ...(client === null ? {} : authHeaders(client)),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: init.body, duplex: 'half' }),
    } as RequestInit);
  }

  async function create(
    length: number,
    pairs: Record<string, string>,
    client: Client = officer,
  ): Promise<string> {
    const response = await tusFetch(
      '/api/v1/uploads',
      {
        method: 'POST',
        headers: { 'upload-length': String(length), 'upload-metadata': metadataHeader(pairs) },
      },
      client,
    );
    expect(response.status, await response.clone().text()).toBe(201);
    return response.headers.get('location')!;
  }

  function patch(location: string, offset: number, body: Uint8Array, client: Client = officer) {
    return tusFetch(
      location,
      {
        method: 'PATCH',
        headers: {
          'content-type': 'application/offset+octet-stream',
          'upload-offset': String(offset),
        },
        body,
      },
      client,
    );
  }

  async function evidenceRows(sha256: string) {
    return rows<{ id: string; agency_id: string; sha256: string; sm3: string; size_bytes: string }>(
      testApp.database.db.execute(
        sql`select id, agency_id, sha256, sm3, size_bytes from evidence_objects where sha256 = ${sha256}`,
      ),
    );
  }

  async function agencyEntries() {
    await testApp.ledger.settle();
    return entriesOf(testApp.database.db, logIdFor(agency.agencyId));
  }

  beforeAll(async () => {
    testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    base = await listen(testApp);
    admin = await signInAdmin(testApp);
    agency = await agencyWithOfficers(testApp, admin, {
      name: '常山县综合行政执法局',
      code: '常综执',
      profileId: 'seed-000',
      prefix: 'up',
    });
    officer = agency.handler.client;
    const other = (
      await admin.post('/api/v1/agencies', { name: '平罗县某局', code: '平某' })
    ).json();
    const otherDepartment = (
      await admin.post(`/api/v1/agencies/${other.id}/departments`, { name: '执法二中队' })
    ).json();
    outsider = (
      await createAndSignIn(testApp, admin, {
        username: 'pl.wang',
        displayName: '王五',
        agencyId: other.id,
        departmentId: otherDepartment.id,
        roles: ['officer'],
        certificateNumber: 'pl-009',
      })
    ).client;
    const opened = await officer.post('/api/v1/cases', openCaseBody(agency));
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json().id;
  });
  afterAll(() => testApp.close());

  it('says which tus version and extensions it speaks, without a session', async () => {
    const response = await fetch(`${base}/api/v1/uploads`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('tus-resumable')).toBe('1.0.0');
    expect(response.headers.get('tus-version')).toBe('1.0.0');
    expect(response.headers.get('tus-extension')).toBe('creation,termination');
    expect(response.headers.get('tus-max-size')).toBe(String(testApp.config.maxUploadBytes));
  });

  it('receives a file with SHA-256 declared, in several PATCHes, and stores it verified', async () => {
    const bytes = randomBytes(3 * MiB + 12_345);
    const sha256 = sha256Of(bytes);
    const { upload, done } = tusUpload(
      base,
      officer,
      bytes,
      { filename: '现场检查录像.mp4', filetype: 'video/mp4', sha256, caseId },
      { chunkSize: MiB },
    );
    await done;
    const id = idOf(upload);

    const view = (await officer.get(`/api/v1/uploads/${id}`)).json();
    expect(view).toMatchObject({
      id,
      status: 'completed',
      offset: bytes.length,
      length: bytes.length,
      fileName: '现场检查录像.mp4',
      mediaType: 'video/mp4',
      caseId,
      evidenceObject: { sha256, sm3: sm3Of(bytes), sizeBytes: bytes.length },
    });
    expect(view.rejection).toBeUndefined();

    const stored = path.join(testApp.config.evidenceDir, ...evidenceKeyOf(sha256).split('/'));
    expect((await readFile(stored)).equals(bytes)).toBe(true);
    expect(await exists(path.join(testApp.config.uploadsDir, `${id}.part`))).toBe(false);
    expect(await exists(path.join(testApp.config.uploadsDir, `${id}.part.commit`))).toBe(false);

    const [row, ...more] = await evidenceRows(sha256);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      id: view.evidenceObject.id,
      agency_id: agency.agencyId,
      sha256,
      sm3: sm3Of(bytes),
    });
    expect(Number(row!.size_bytes)).toBe(bytes.length);

    const entries = await agencyEntries();
    const started = entries.find(
      (entry) => entry.action === 'evidence.upload_started' && entry.data.uploadId === id,
    );
    expect(started?.data).toMatchObject({ declaredAlgorithm: 'sha256', declaredDigest: sha256 });
    const storedEvent = entries.find(
      (entry) => entry.action === 'evidence.stored' && entry.data.uploadId === id,
    );
    expect(storedEvent?.data).toMatchObject({
      evidenceObjectId: view.evidenceObject.id,
      source: 'upload',
      sha256,
      sm3: sm3Of(bytes),
      sizeBytes: bytes.length,
      newInStore: true,
    });
  });

  it('receives a file with SM3 declared in one streamed PATCH', async () => {
    const bytes = randomBytes(4 * MiB + 1);
    const { upload, done } = tusUpload(base, officer, bytes, {
      filename: '询问录音.wav',
      filetype: 'audio/wav',
      sm3: sm3Of(bytes),
    });
    await done;
    const view = (await officer.get(`/api/v1/uploads/${idOf(upload)}`)).json();
    expect(view.status).toBe('completed');
    expect(view.evidenceObject).toMatchObject({ sha256: sha256Of(bytes), sm3: sm3Of(bytes) });
    const stored = path.join(
      testApp.config.evidenceDir,
      ...evidenceKeyOf(sha256Of(bytes)).split('/'),
    );
    expect((await readFile(stored)).equals(bytes)).toBe(true);
    expect(await evidenceRows(sha256Of(bytes))).toHaveLength(1);
  });

  it('describes a real video and makes its poster', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'liuhen-upload-video-'));
    try {
      const { bytes } = await makeSampleVideo({ directory: work, seconds: 2 });
      const sha256 = sha256Of(bytes);
      const { done } = tusUpload(base, officer, bytes, {
        filename: 'DSJ_0001.mp4',
        filetype: 'video/mp4',
        sha256,
      });
      await done;
      const [row] = await rows<{ media: { videoCodec?: string; durationSeconds?: number } }>(
        testApp.database.db.execute(
          sql`select media from evidence_objects where sha256 = ${sha256}`,
        ),
      );
      expect(row!.media).toMatchObject({ videoCodec: 'h264' });
      expect(row!.media.durationSeconds).toBeGreaterThan(1);
      expect(await exists(posterPath(testApp.config.postersDir, sha256))).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  /** Polls HEAD until the server has made some of the upload durable. */
  async function durableOffsetOf(location: string): Promise<number> {
    let offset = 0;
    for (let attempt = 0; attempt < 500 && offset === 0; attempt++) {
      const head = await tusFetch(location, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('cache-control')).toBe('no-store');
      offset = Number(head.headers.get('upload-offset'));
      if (offset === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return offset;
  }

  /** A tus-js-client that takes over an existing upload; resolves with its first PATCH offset. */
  async function resumeWithNewClient(location: string, bytes: Buffer, sha256: string) {
    const offsets: number[] = [];
    const resumed = tusUpload(
      base,
      officer,
      bytes,
      { filename: '中断后续传.mp4', filetype: 'video/mp4', sha256 },
      {
        uploadUrl: `${base}${location}`,
        // The server may still be closing the cut-off request: it answers 409 until then.
        retryDelays: [50, 100, 200, 400, 800, 1600],
        onBeforeRequest: (request) => {
          if (request.getMethod() === 'PATCH') {
            offsets.push(Number(request.getHeader('Upload-Offset')));
          }
        },
      },
    );
    await resumed.done;
    return offsets[0];
  }

  async function expectStored(location: string, bytes: Buffer) {
    const sha256 = sha256Of(bytes);
    const view = (await officer.get(location)).json();
    expect(view.status).toBe('completed');
    expect(view.evidenceObject).toMatchObject({ sha256, sm3: sm3Of(bytes) });
    const stored = path.join(testApp.config.evidenceDir, ...evidenceKeyOf(sha256).split('/'));
    expect((await readFile(stored)).equals(bytes)).toBe(true);
  }

  it('resumes an upload whose client stopped, with a new client, from the durable offset', async () => {
    const bytes = randomBytes(6 * MiB + 500);
    const sha256 = sha256Of(bytes);
    let stopped: () => void;
    const stoppedNow = new Promise<void>((resolve) => (stopped = resolve));
    const first = tusUpload(
      base,
      officer,
      bytes,
      { filename: '中断后续传.mp4', filetype: 'video/mp4', sha256 },
      {
        chunkSize: MiB,
        onChunkComplete: (_size, accepted) => {
          if (accepted >= 3 * MiB) void first.upload.abort().then(() => stopped());
        },
      },
    );
    await stoppedNow;
    const location = new URL(first.upload.url!).pathname;
    expect(await durableOffsetOf(location)).toBe(3 * MiB);
    expect(await resumeWithNewClient(location, bytes, sha256)).toBe(3 * MiB);
    await expectStored(location, bytes);
  });

  it('keeps what arrived of a PATCH cut off mid-way, and a new client resumes from there', async () => {
    const bytes = randomBytes(8 * MiB);
    const sha256 = sha256Of(bytes);
    const location = await create(bytes.length, {
      filename: '中断后续传.mp4',
      filetype: 'video/mp4',
      sha256,
    });
    const part = path.join(testApp.config.uploadsDir, `${location.split('/').at(-1)}.part`);
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const cut = new AbortController();
    const sending = fetch(`${base}${location}`, {
      method: 'PATCH',
      headers: {
        ...authHeaders(officer),
        'tus-resumable': '1.0.0',
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
      },
      body,
      duplex: 'half',
      signal: cut.signal,
    } as RequestInit).catch((error: unknown) => error);
    controller.enqueue(bytes.subarray(0, 2 * MiB + 4321));
    for (let attempt = 0; attempt < 500 && (await stat(part)).size < 2 * MiB; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    cut.abort(); // the connection drops half-way through the body
    expect(await sending).toBeInstanceOf(Error);

    // The server fsyncs what it received and records that offset once it sees the drop.
    const offset = await durableOffsetOf(location);
    expect(offset).toBeGreaterThanOrEqual(2 * MiB);
    expect(offset).toBeLessThanOrEqual(2 * MiB + 4321);
    expect(await resumeWithNewClient(location, bytes, sha256)).toBe(offset);
    await expectStored(location, bytes);
  });

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

  it('finishes on HEAD an upload whose last bytes were durable when the server stopped', async () => {
    const bytes = randomBytes(MiB + 1);
    const sha256 = sha256Of(bytes);
    const location = await create(bytes.length, {
      filename: '校验前中断.mp4',
      filetype: 'video/mp4',
      sha256,
    });
    const id = location.split('/').at(-1)!;
    // The state a crash after the final fsync leaves: every byte durable, not yet verified;
    // and, worse, the store already holding the object while the database does not.
    await writeFile(path.join(testApp.config.uploadsDir, `${id}.part`), bytes);
    await testApp.database.db.execute(
      sql`update uploads set durable_offset = ${bytes.length} where id = ${id}`,
    );
    const copy = path.join(testApp.config.dataDir, `${id}.copy`);
    await writeFile(copy, bytes);
    const store = await openFilesystemEvidenceStore(testApp.config.evidenceDir);
    await store.commit({ path: copy, sha256, sizeBytes: bytes.length });

    // A client asking where to continue is told "all of it"; it will send nothing more.
    const head = await tusFetch(location, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(bytes.length));
    await expectStored(location, bytes);
    expect(await exists(path.join(testApp.config.uploadsDir, `${id}.part`))).toBe(false);
    const stored = (await agencyEntries()).find(
      (entry) => entry.action === 'evidence.stored' && entry.data.uploadId === id,
    );
    expect(stored?.data).toMatchObject({ sha256, newInStore: false });
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

  it('terminates an upload in progress; a completed one cannot be', async () => {
    const bytes = randomBytes(2000);
    const location = await create(bytes.length, {
      filename: 'g.mp4',
      filetype: 'video/mp4',
      sha256: sha256Of(bytes),
    });
    expect((await patch(location, 0, bytes.subarray(0, 700))).status).toBe(204);
    const id = location.split('/').at(-1)!;
    const part = path.join(testApp.config.uploadsDir, `${id}.part`);
    expect((await stat(part)).size).toBe(700);

    const deleted = await tusFetch(location, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('tus-resumable')).toBe('1.0.0');
    expect(await exists(part)).toBe(false);
    expect((await officer.get(location)).json()).toMatchObject({ status: 'terminated' });
    expect((await tusFetch(location, { method: 'HEAD' })).status).toBe(410);
    expect((await patch(location, 700, bytes.subarray(700))).status).toBe(410);
    const terminated = (await agencyEntries()).find(
      (entry) => entry.action === 'evidence.upload_terminated' && entry.data.uploadId === id,
    );
    expect(terminated?.data).toMatchObject({ receivedBytes: 700 });

    const complete = await create(bytes.length, {
      filename: 'h.mp4',
      filetype: 'video/mp4',
      sha256: sha256Of(bytes),
    });
    expect((await patch(complete, 0, bytes)).status).toBe(204);
    const refused = await tusFetch(complete, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      type: 'https://liuhen.org/problems/upload-completed',
    });
    expect((await officer.get(complete)).json().status).toBe('completed');
  });

  it('stores the same bytes sent twice as one evidence object', async () => {
    const bytes = randomBytes(MiB + 5);
    const sha256 = sha256Of(bytes);
    const metadata = { filename: '同一文件.mp4', filetype: 'video/mp4', sha256 };
    const first = tusUpload(base, officer, bytes, metadata);
    await first.done;
    const second = tusUpload(base, agency.assistant.client, bytes, {
      ...metadata,
      filename: '同一文件（副本）.mp4',
    });
    await second.done;

    const a = (await officer.get(`/api/v1/uploads/${idOf(first.upload)}`)).json();
    // Each reads his own: another person's upload answers 404 (issue 14, hole 7).
    const b = (await agency.assistant.client.get(`/api/v1/uploads/${idOf(second.upload)}`)).json();
    expect(a.status).toBe('completed');
    expect(b.status).toBe('completed');
    expect(b.evidenceObject.id).toBe(a.evidenceObject.id);
    expect(await evidenceRows(sha256)).toHaveLength(1);
    const objects = (await filesUnder(testApp.config.evidenceDir)).filter(
      (name) => name === sha256,
    );
    expect(objects).toHaveLength(1);
    const stored = (await agencyEntries()).filter(
      (entry) => entry.action === 'evidence.stored' && entry.data.sha256 === sha256,
    );
    expect(stored.map((entry) => entry.data.newInStore)).toEqual([true, false]);
  });
});

describe('an upload across a server crash', () => {
  let testApp: TestApp | undefined;
  afterAll(async () => {
    await testApp?.close();
  });

  it('resumes from the durable offset after a restart and checks the hash end to end', async () => {
    testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }, { persistent: true });
    let base = await listen(testApp);
    const admin = await signInAdmin(testApp);
    const agency = await agencyWithOfficers(testApp, admin, {
      name: '某某镇人民政府',
      code: '某镇',
      prefix: 'cr',
    });
    const bytes = randomBytes(5 * MiB + 77);
    const sha256 = sha256Of(bytes);
    const officer = agency.handler.client;

    const created = await fetch(`${base}/api/v1/uploads`, {
      method: 'POST',
      headers: {
        ...authHeaders(officer),
        'tus-resumable': '1.0.0',
        'upload-length': String(bytes.length),
        'upload-metadata': metadataHeader({
          filename: '崩溃前.mp4',
          filetype: 'video/mp4',
          sha256,
        }),
      },
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const id = location.split('/').at(-1)!;
    const firstPart = 2 * MiB + 11;
    const sent = await fetch(`${base}${location}`, {
      method: 'PATCH',
      headers: {
        ...authHeaders(officer),
        'tus-resumable': '1.0.0',
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
      },
      body: bytes.subarray(0, firstPart),
    });
    expect(sent.status).toBe(204);
    // Bytes written after the last fsync, never acknowledged: what a crash leaves behind.
    // They differ from the file's real bytes, so keeping them would break the hash.
    const part = path.join(testApp.config.uploadsDir, `${id}.part`);
    await appendFile(part, randomBytes(300_000));

    const storage = await testApp.stop();
    testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }, { storage });
    base = await listen(testApp);
    const again = new Client(testApp.app);
    expect((await again.login('cr.zhang', STRONG_PASSWORD)).statusCode).toBe(200);

    const head = await fetch(`${base}${location}`, {
      method: 'HEAD',
      headers: { ...authHeaders(again), 'tus-resumable': '1.0.0' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(firstPart));
    expect((await stat(part)).size).toBe(firstPart);

    const resumed = tusUpload(
      base,
      again,
      bytes,
      { filename: '崩溃前.mp4', filetype: 'video/mp4', sha256 },
      { uploadUrl: `${base}${location}`, chunkSize: 2 * MiB },
    );
    await resumed.done;
    const view = (await again.get(location)).json();
    expect(view.status).toBe('completed');
    expect(view.evidenceObject).toMatchObject({ sha256, sm3: sm3Of(bytes) });
    const stored = path.join(testApp.config.evidenceDir, ...evidenceKeyOf(sha256).split('/'));
    expect((await readFile(stored)).equals(bytes)).toBe(true);
  });
});
