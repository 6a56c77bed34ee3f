import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import { evidenceKeyOf } from '../src/evidence/evidence-store.ts';
import { officerOfNewAgency, type HttpSession } from './support/http-session.ts';
import { sha256OfFile, writePseudoRandomFile } from './support/pseudo-random-file.ts';
import { rows } from './support/rows.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createTestDatabase, testDriver, type TestDatabase } from './support/test-database.ts';
import { createTusUpload, patchFromFile, sendRest, tusOffset } from './support/tus-over-http.ts';

/**
 * Issue 6, "Done when": the server is killed with SIGKILL in the middle of a 1 GiB upload,
 * restarted, and the upload resumes and completes; the stored file's hash matches; no
 * partial object is visible through the API or in the store at any point. The server runs
 * as `npm start` runs it, in its own process, on a data folder (and, on PostgreSQL, a
 * database) that outlives it.
 */

const MiB = 1024 * 1024;
const SIZE = 1024 * MiB;
/** Where the kill falls: half-way, well inside the 30–70 % the test asks for. */
const KILL_AT = SIZE / 2;
/** PATCHes as big as the rest of the file, as tus-js-client sends without a chunk size. */
const CHUNK_BYTES = SIZE;
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

interface UploadState {
  status: string;
  durableOffset: number;
  evidenceObjects: number;
}

async function uploadState(database: Database, uploadId: string): Promise<UploadState> {
  const [upload] = await rows<{ status: string; durable_offset: string | number }>(
    database.db.execute(
      sql`select status, durable_offset from uploads where id = ${uploadId}::uuid`,
    ),
  );
  const [objects] = await rows<{ count: string | number }>(
    database.db.execute(sql`select count(*) as count from evidence_objects`),
  );
  return {
    status: upload?.status ?? 'missing',
    durableOffset: Number(upload?.durable_offset ?? -1),
    evidenceObjects: Number(objects?.count ?? -1),
  };
}

/** Every file under the evidence store's folder, with its size. */
async function storeFiles(folder: string): Promise<{ name: string; size: number }[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { name: path.relative(folder, file), size: (await stat(file)).size };
    }),
  );
}

/**
 * Looks every 200 ms, for the whole upload, at what a partial object could show itself
 * through: the store's folder, the upload's API view and, where the test can read the
 * database while the server runs (PostgreSQL), the evidence_objects table. Before the
 * client has sent the last byte nothing may be there; at any time, whatever is in the
 * store must be the whole file at its content address.
 */
function watchForPartialObjects(options: {
  readonly evidenceDir: string;
  readonly objectName: string;
  readonly sent: () => number;
  readonly api: () => { session: HttpSession; location: string } | undefined;
  readonly database: Database | undefined;
}) {
  const seen: string[] = [];
  let looks = 0;
  let stopped = false;
  const look = async () => {
    const sentBefore = options.sent();
    const allSent = sentBefore >= SIZE;
    for (const file of await storeFiles(options.evidenceDir)) {
      if (!allSent) seen.push(`${file.name} (${file.size} B) in the store at ${sentBefore} B sent`);
      else if (file.name !== options.objectName || file.size !== SIZE) {
        seen.push(`${file.name} (${file.size} B) in the store, not the whole object`);
      }
    }
    const api = options.api();
    if (api !== undefined) {
      const view = await api.session.json('GET', api.location).catch(() => undefined);
      if (view?.evidenceObject !== undefined && !allSent) {
        seen.push(`the API listed an evidence object at ${sentBefore} B sent`);
      }
      if (view !== undefined && view.status !== 'receiving' && !allSent) {
        seen.push(`the API showed the upload ${view.status} at ${sentBefore} B sent`);
      }
    }
    if (options.database !== undefined && !allSent) {
      const [objects] = await rows<{ count: string | number }>(
        options.database.db.execute(sql`select count(*) as count from evidence_objects`),
      );
      if (Number(objects?.count) !== 0) {
        seen.push(`evidence_objects held a row at ${sentBefore} B sent`);
      }
    }
    looks++;
  };
  const running = (async () => {
    while (!stopped) {
      await look();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await running;
      return { seen, looks };
    },
  };
}

describe('an upload through a server killed with SIGKILL half-way (1 GiB)', () => {
  let work: string;
  let dataDir: string;
  let file: string;
  let sha256: string;
  let testDatabase: TestDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'liuhen-crash-'));
    dataDir = path.join(work, 'data');
    file = path.join(work, 'camera-0001.mp4');
    const started = performance.now();
    ({ sha256 } = await writePseudoRandomFile(file, SIZE, 'upload-crash'));
    console.log(`upload-crash: wrote the ${SIZE / MiB} MiB source file in ${seconds(started)} s`);
    testDatabase = await createTestDatabase();
  }, 120_000);
  afterAll(async () => {
    await server?.kill('SIGTERM');
    await testDatabase?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it('keeps what was durable, shows nothing partial, resumes after a restart and stores the verified file', async () => {
    // PGlite lives in the data folder; PostgreSQL is a database of its own for this file.
    const env: Record<string, string> =
      testDatabase.target.driver === 'postgres' ? { DATABASE_URL: testDatabase.target.url } : {};
    const evidenceDir = path.join(dataDir, 'evidence');
    const objectName = path.join(...evidenceKeyOf(sha256).split('/'));
    const openTheDatabase = () =>
      openDatabase(
        testDatabase.target.driver === 'postgres'
          ? testDatabase.target
          : { driver: 'pglite', dir: path.join(dataDir, 'db') },
      );

    server = await startServerProcess({ dataDir, env });
    const { officer: firstOfficer } = await officerOfNewAgency(server.url, server.oneTimePassword!);
    let officer = firstOfficer;
    const location = await createTusUpload(officer, SIZE, {
      filename: '执法记录仪-0001.mp4',
      filetype: 'video/mp4',
      sha256,
    });
    const uploadId = location.split('/').at(-1)!;

    // The test may read PostgreSQL beside the server; PGlite only while the server is down.
    const liveDatabase = testDriver === 'postgres' ? await openTheDatabase() : undefined;
    let sent = 0;
    let serverUp = true;
    const watch = watchForPartialObjects({
      evidenceDir,
      objectName,
      sent: () => sent,
      api: () => (serverUp ? { session: officer, location } : undefined),
      database: liveDatabase,
    });
    let watched: { seen: string[]; looks: number };
    try {
      // First server: send until half the file is on its way, then kill it outright.
      const firstStarted = performance.now();
      let killed: Promise<void> | undefined;
      const sending = patchFromFile(officer, location, file, { start: 0, end: SIZE }, (at) => {
        sent = at;
        if (at >= KILL_AT && killed === undefined) {
          serverUp = false;
          killed = server!.kill('SIGKILL');
        }
      });
      await expect(sending).rejects.toThrow();
      await killed;
      expect((await server.exited).signal).toBe('SIGKILL');
      const sentBeforeKill = sent;
      console.log(
        `upload-crash (${testDriver}): SIGKILL after ${(sentBeforeKill / MiB).toFixed(0)} MiB ` +
          `sent (${((100 * sentBeforeKill) / SIZE).toFixed(0)} %) in ${seconds(firstStarted)} s`,
      );
      expect(sentBeforeKill).toBeGreaterThanOrEqual(0.3 * SIZE);
      expect(sentBeforeKill).toBeLessThanOrEqual(0.7 * SIZE);

      // At that moment: nothing in the store, no evidence object, the upload still receiving.
      expect(await storeFiles(evidenceDir)).toEqual([]);
      const database = liveDatabase ?? (await openTheDatabase());
      let atKill: UploadState;
      try {
        atKill = await uploadState(database, uploadId);
      } finally {
        if (liveDatabase === undefined) await database.close();
      }
      expect(atKill).toMatchObject({ status: 'receiving', evidenceObjects: 0 });
      expect(atKill.durableOffset).toBeLessThanOrEqual(sentBeforeKill);

      // Restarted on the same data: the upload is receiving, from a durable offset.
      const restarted = performance.now();
      server = await startServerProcess({ dataDir, env });
      officer = firstOfficer.at(server.url);
      serverUp = true;
      const view = await officer.json('GET', location);
      expect(view).toMatchObject({ id: uploadId, status: 'receiving', length: SIZE });
      expect(view.evidenceObject).toBeUndefined();
      const offset = await tusOffset(officer, location);
      console.log(
        `upload-crash (${testDriver}): restarted in ${seconds(restarted)} s; HEAD offset ` +
          `${(offset / MiB).toFixed(1)} MiB, durable in the database at the kill ` +
          `${(atKill.durableOffset / MiB).toFixed(1)} MiB`,
      );
      expect(offset).toBeLessThanOrEqual(sentBeforeKill);
      expect(offset).toBe(view.offset);
      // The fsyncs every 64 MiB left a durable prefix: the upload continues, not restarts.
      expect(offset).toBeGreaterThan(0);

      // The rest, and the end: verified end to end, stored, visible.
      const resumed = performance.now();
      const last = await sendRest(officer, location, file, {
        from: offset,
        length: SIZE,
        chunkBytes: CHUNK_BYTES,
        onSent: (at) => (sent = at),
      });
      expect(last.offset).toBe(SIZE);
      console.log(
        `upload-crash (${testDriver}): resumed ${((SIZE - offset) / MiB).toFixed(0)} MiB and ` +
          `completed in ${seconds(resumed)} s`,
      );
    } finally {
      watched = await watch.stop();
      await liveDatabase?.close();
    }
    console.log(`upload-crash (${testDriver}): ${watched.looks} looks for partial objects`);
    expect(watched.seen).toEqual([]);
    expect(watched.looks).toBeGreaterThan(10);

    const completed = await officer.json('GET', location);
    expect(completed).toMatchObject({
      status: 'completed',
      offset: SIZE,
      evidenceObject: { sha256, sizeBytes: SIZE },
    });
    expect(await storeFiles(evidenceDir)).toEqual([{ name: objectName, size: SIZE }]);
    const hashed = performance.now();
    expect(await sha256OfFile(path.join(evidenceDir, objectName))).toBe(sha256);
    console.log(`upload-crash (${testDriver}): stored object hashed in ${seconds(hashed)} s`);
  }, 600_000);
});
