import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceKeyOf } from '../src/evidence/evidence-store.ts';
import { openFilesystemEvidenceStore } from '../src/evidence/filesystem-evidence-store.ts';
import { posterPath } from '../src/media/make-poster.ts';
import { agencyWithOfficers } from './support/case-fixtures.ts';
import { rows } from './support/rows.ts';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import {
  Client,
  createTestApp,
  signInAdmin,
  STRONG_PASSWORD,
  type TestApp,
} from './support/test-app.ts';
import { metadataHeader } from './support/evidence-fixtures.ts';
import { uploadsWorld, type UploadsWorld } from './support/uploads-world.ts';
import {
  MiB,
  sha256Of,
  sm3Of,
  authHeaders,
  listen,
  tusUpload,
  idOf,
  filesUnder,
  exists,
} from './support/tus-client.ts';

/** Receiving, verifying, resuming and ending uploads over tus 1.0, and a restart mid-upload. */

let testApp: UploadsWorld['testApp'];
let base: UploadsWorld['base'];
let agency: UploadsWorld['agency'];
let officer: UploadsWorld['officer'];
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
    agency,
    officer,
    caseId,
    tusFetch,
    create,
    patch,
    evidenceRows,
    agencyEntries,
  } = await uploadsWorld());
});
afterAll(() => testApp.close());

describe('resumable verified uploads (tus 1.0)', () => {
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
