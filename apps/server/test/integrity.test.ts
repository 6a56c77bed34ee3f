import { randomBytes } from 'node:crypto';
import { chmod, open, rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceStore } from '../src/evidence/evidence-store.ts';
import { openFilesystemEvidenceStore } from '../src/evidence/filesystem-evidence-store.ts';
import { runEvidenceScrub } from '../src/integrity/evidence-scrub.ts';
import { createIntegrityGuard } from '../src/integrity/require-intact.ts';
import { runRowCheck } from '../src/integrity/row-check.ts';
import { readScrubState } from '../src/integrity/scrub-state.repository.ts';
import { createDigestPool, type DigestPool } from '../src/uploads/digest-pool.ts';
import {
  addRecord,
  inquiryTranscript,
  fileCase,
  openCaseBody,
  type AgencyFixture,
  changshanAgency,
} from './support/case-fixtures.ts';
import { runCli } from './support/cli.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { asSuperuserBypassingTriggers, entriesOf } from './support/ledger-helpers.ts';
import { rows } from './support/rows.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';
import { testDriver } from './support/test-database.ts';

/**
 * Issue 14, holes 2 and 3: evidence bytes altered on disk and sealed rows altered in the
 * database behind the application's back (a superuser with the triggers off) are found by
 * the scrub, the row check and `liuhen ledger verify`, named by object or record id, case
 * and ledger entry; health goes to alarm; copies and exports of them are refused.
 */
let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let store: EvidenceStore;
let pool: DigestPool;
let caseId: string;
let transcriptId: string;
let objectId: string;
let avRecordId: string;
const HOUR = 3_600_000;
const logs: string[] = [];
let stopped = false;

const deps = () => ({
  db: testApp.database.db,
  ledger: testApp.ledger,
  store,
  pool,
  now: () => new Date(),
  logger: { error: (_: unknown, message: string) => logs.push(message) },
  bytesPerSecond: 0,
  intervalMs: 0,
});

async function sealingEntry(target: string, action: string) {
  await testApp.ledger.settle();
  const [row] = await rows<{ log_id: string; seq: string | number }>(
    testApp.database.db.execute(
      sql`select log_id, seq from ledger_entries where target = ${target} and action = ${action}`,
    ),
  );
  return { log: row!.log_id, seq: Number(row!.seq) };
}

async function objectRow(id: string) {
  const [row] = await rows<{ storage_key: string }>(
    testApp.database.db.execute(sql`select storage_key from evidence_objects where id = ${id}`),
  );
  return row!;
}

/** One bit of one byte in the middle of the stored file, as disk rot or a hand would. */
async function flipStoredByte(id: string) {
  const file = store.localPath!((await objectRow(id)).storage_key);
  await chmod(file, 0o644);
  const handle = await open(file, 'r+');
  try {
    const { size } = await handle.stat();
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, Math.floor(size / 2));
    byte[0]! ^= 0x01;
    await handle.write(byte, 0, 1, Math.floor(size / 2));
  } finally {
    await handle.close();
  }
  await chmod(file, 0o444);
}

beforeAll(async () => {
  // Persistent: the command line opens the same PGlite folder once the app has stopped.
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }, { persistent: true });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  store = await openFilesystemEvidenceStore(testApp.config.evidenceDir);
  pool = createDigestPool({ size: 2 });
  const opened = (
    await changshan.handler.client.post('/api/v1/cases', openCaseBody(changshan))
  ).json();
  caseId = opened.id;
  await fileCase(changshan, caseId);
  transcriptId = (await addRecord(changshan.handler.client, caseId, inquiryTranscript())).id;
  objectId = await storeEvidence(changshan.handler.client, {
    bytes: randomBytes(300_000),
    fileName: 'DSJ_0001.MP4',
    mediaType: 'video/mp4',
    caseId,
  });
  const ended = Date.now() - HOUR;
  const av = await changshan.handler.client.post(`/api/v1/cases/${caseId}/av-records`, {
    evidenceObjectId: objectId,
    kind: 'video',
    content: '询问',
    situations: ['inquiry'],
    recordingStartedAt: new Date(ended - 20 * 60_000).toISOString(),
    recordingEndedAt: new Date(ended).toISOString(),
    place: '常山县天马街道某某路 8 号',
    personsPresent: ['赵六'],
    announcementMade: true,
    usedAsEvidence: false,
    recordId: transcriptId,
  });
  expect(av.statusCode, av.body).toBe(201);
  avRecordId = av.json().id;
  await testApp.ledger.settle();
}, 180_000);

afterAll(async () => {
  await pool.close();
  if (!stopped) await testApp.close();
  await rm(testApp.config.dataDir, { recursive: true, force: true });
});

describe(`evidence bytes and sealed rows re-proved against the ledger (${testDriver})`, () => {
  it('untouched: the row check and the evidence scrub find nothing', async () => {
    const checked = await runRowCheck(deps());
    expect(checked.mismatches).toEqual([]);
    expect(checked.rowsChecked).toBeGreaterThan(5);
    expect(await runEvidenceScrub(deps())).toBe('finished');
    const state = await readScrubState(testApp.database.db);
    expect(state).toMatchObject({ lastPassFailed: 0, passStartedAt: null });
    expect(state!.lastPassObjects).toBeGreaterThanOrEqual(1);
  });

  it('the evidence scrub stops part-way and goes on where it stopped, not from the start', async () => {
    for (const name of ['a.jpg', 'b.jpg']) {
      await storeEvidence(changshan.handler.client, {
        bytes: randomBytes(10_000),
        fileName: name,
        mediaType: 'image/jpeg',
      });
    }
    const read: string[] = [];
    const watched = (): EvidenceStore => ({
      ...store,
      read: (key, range) => {
        read.push(key);
        return store.read(key, range);
      },
    });
    expect(await runEvidenceScrub({ ...deps(), store: watched() }, { limit: 1 })).toBe('stopped');
    const paused = await readScrubState(testApp.database.db);
    expect(paused).toMatchObject({ objectsChecked: 1, cursor: read[0] });
    expect(paused!.passStartedAt).not.toBeNull();

    // Another server (or this one restarted) takes over from the stored cursor.
    const firstRun = [...read];
    read.length = 0;
    expect(await runEvidenceScrub({ ...deps(), store: watched(), owner: 'another-server' })).toBe(
      'finished',
    );
    expect(read).not.toContain(firstRun[0]);
    expect(read.length).toBe(2);
    expect(await readScrubState(testApp.database.db)).toMatchObject({
      lastPassObjects: 3,
      lastPassFailed: 0,
      passStartedAt: null,
    });
  });

  it('one flipped byte: the scrub names the object, its case and its ledger entry; health and the ledger raise the alarm; copies are refused', async () => {
    const stored = await sealingEntry(`evidence_object:${objectId}`, 'evidence.stored');
    await flipStoredByte(objectId);

    expect(await runEvidenceScrub(deps())).toBe('finished');
    expect(logs.some((line) => line.includes(`ALARM: evidence object ${objectId}`))).toBe(true);

    const report = await admin.get('/api/v1/integrity');
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().alarms).toContainEqual(
      expect.objectContaining({
        kind: 'evidence_bytes',
        subjectId: objectId,
        caseIds: [caseId],
        ledgerEntries: [stored],
      }),
    );
    expect(report.json().evidenceScrub.lastPassFailed).toBe(1);

    const health = await testApp.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().status).toBe('alarm');
    expect(health.json().integrity.alarms).toContainEqual(
      expect.objectContaining({ subjectId: objectId, caseIds: [caseId] }),
    );

    await testApp.ledger.settle();
    const raised = (await entriesOf(testApp.database.db, stored.log)).filter(
      (entry) => entry.action === 'integrity.evidence_corrupted',
    );
    expect(raised).toHaveLength(1);
    expect(raised[0]!.data).toMatchObject({
      evidenceObjectIds: [objectId],
      cases: [{ caseId, via: 'av_record', id: avRecordId }],
      ledgerEntries: [stored],
      detectedBy: 'scrub',
    });

    // A second pass finds it again but does not repeat the ledger entry.
    expect(await runEvidenceScrub(deps())).toBe('finished');
    await testApp.ledger.settle();
    expect(
      (await entriesOf(testApp.database.db, stored.log)).filter(
        (entry) => entry.action === 'integrity.evidence_corrupted',
      ),
    ).toHaveLength(1);

    for (const purpose of ['download', 'view']) {
      const access = await changshan.handler.client.post(
        `/api/v1/av-records/${avRecordId}/access`,
        {
          purpose,
          reason: '复核询问过程',
        },
      );
      expect(access.statusCode, access.body).toBe(409);
      expect(access.json()).toMatchObject({
        type: 'https://liuhen.org/problems/evidence-corrupted',
        evidenceObjectId: objectId,
        caseIds: [caseId],
      });
      expect(access.json().detail).toContain(objectId);
    }
  });

  it('a copy re-hashes the original first, even before any scrub has seen the damage', async () => {
    const fresh = await storeEvidence(changshan.handler.client, {
      bytes: randomBytes(50_000),
      fileName: 'scan.jpg',
      mediaType: 'image/jpeg',
    });
    await flipStoredByte(fresh);
    const [row] = await rows<Record<string, unknown>>(
      testApp.database.db.execute(sql`select * from evidence_objects where id = ${fresh}`),
    );
    const guard = createIntegrityGuard(deps());
    const object = {
      id: fresh,
      agencyId: row!.agency_id as string,
      sha256: row!.sha256 as string,
      sm3: row!.sm3 as string,
      sizeBytes: Number(row!.size_bytes),
      storageKey: row!.storage_key as string,
    } as Parameters<typeof guard.requireIntactObject>[0];
    await expect(guard.requireIntactObject(object, 'export')).rejects.toMatchObject({
      status: 409,
      slug: 'evidence-corrupted',
    });
    await testApp.ledger.settle();
    const entries = await entriesOf(testApp.database.db, `agency-${changshan.agencyId}`);
    expect(entries.at(-1)).toMatchObject({
      action: 'integrity.evidence_corrupted',
      data: { evidenceObjectIds: [fresh], detectedBy: 'export' },
    });
  });

  it('an edited text record and an edited AV record: the row check names record, case and ledger entry; an export of them is refused', async () => {
    const recordEntry = await sealingEntry(`record:${transcriptId}`, 'case.record_added');
    const avEntry = await sealingEntry(`av_record:${avRecordId}`, 'av_record.created');
    const guard = createIntegrityGuard(deps());
    // Intact: the export reads them.
    expect((await guard.requireIntactRecord(transcriptId)).id).toBe(transcriptId);
    expect((await guard.requireIntactAvRecord(avRecordId)).id).toBe(avRecordId);
    expect((await changshan.handler.client.get(`/api/v1/records/${transcriptId}`)).statusCode).toBe(
      200,
    );

    await asSuperuserBypassingTriggers(testApp.database.db, [
      sql`update case_records set fields = jsonb_set(fields, '{content}', '"问：店招是否经审批？答：经过审批。"') where id = ${transcriptId}`,
      sql`update av_records set place = '别处' where id = ${avRecordId}`,
    ]);

    // Both rows, each named with its case and the entry that sealed it: in the check's
    // result and in the alarms it put on the ledger.
    const bothAltered = expect.arrayContaining([
      expect.objectContaining({
        kind: 'case_record',
        rowId: transcriptId,
        caseId,
        ledgerEntry: recordEntry,
      }),
      expect.objectContaining({
        kind: 'av_record',
        rowId: avRecordId,
        caseId,
        ledgerEntry: avEntry,
      }),
    ]);
    const checked = await runRowCheck(deps());
    expect(checked.mismatches).toEqual(bothAltered);
    expect(checked.mismatches, JSON.stringify(checked.mismatches)).toHaveLength(2);

    await expect(guard.requireIntactRecord(transcriptId)).rejects.toMatchObject({
      status: 409,
      slug: 'record-altered',
      extensions: { rowId: transcriptId, caseId, ledgerEntry: recordEntry },
    });
    await expect(guard.requireIntactAvRecord(avRecordId)).rejects.toMatchObject({
      slug: 'record-altered',
      extensions: { rowId: avRecordId, ledgerEntry: avEntry },
    });

    // Nor is it served to a reader as the sealed record.
    const read = await changshan.handler.client.get(`/api/v1/records/${transcriptId}`);
    expect(read.statusCode, read.body).toBe(409);
    expect(read.json()).toMatchObject({
      type: 'https://liuhen.org/problems/record-altered',
      rowId: transcriptId,
      caseId,
      ledgerEntry: recordEntry,
    });

    const report = (await admin.get('/api/v1/integrity')).json();
    expect(report.status).toBe('alarm');
    expect(report.alarms).toContainEqual(
      expect.objectContaining({
        kind: 'case_record',
        subjectId: transcriptId,
        caseIds: [caseId],
        ledgerEntries: [recordEntry],
      }),
    );
    await testApp.ledger.settle();
    const altered = (await entriesOf(testApp.database.db, recordEntry.log)).filter(
      (entry) => entry.action === 'integrity.record_altered',
    );
    expect(altered.map((entry) => entry.data)).toEqual(bothAltered);
  });

  it('the confidentiality level is bound too (digest version 2)', async () => {
    const other = (await addRecord(changshan.handler.client, caseId, inquiryTranscript())).id;
    await testApp.ledger.settle();
    await asSuperuserBypassingTriggers(testApp.database.db, [
      sql`update case_records set confidentiality = 'trade_secret' where id = ${other}`,
    ]);
    const checked = await runRowCheck(deps());
    expect(checked.mismatches.map((m) => m.rowId)).toContain(other);
  });

  it('`liuhen ledger verify` names the altered object and rows with their cases and ledger entries', async () => {
    const stored = await sealingEntry(`evidence_object:${objectId}`, 'evidence.stored');
    const recordEntry = await sealingEntry(`record:${transcriptId}`, 'case.record_added');
    const { config } = testApp;
    const env: Record<string, string> = {
      DATA_DIR: config.dataDir,
      EVIDENCE_DIR: config.evidenceDir,
      LEDGER_KEY_DIR: config.ledger.keyDir,
    };
    if (config.database.driver === 'postgres') env.DATABASE_URL = config.database.url;
    // A PGlite folder belongs to one process: stop the server first, as the README says.
    const storage = await testApp.stop();
    stopped = true;
    try {
      const run = await runCli(['ledger', 'verify'], env, config.dataDir);
      expect(run.code, run.output).toBe(1);
      expect(run.output).toContain(
        `FAIL evidence_object ${objectId} (cases ${caseId}, ledger ${stored.log} seq ${stored.seq})`,
      );
      expect(run.output).toContain(
        `FAIL case_record ${transcriptId} (case ${caseId}, ledger ${recordEntry.log} seq ${recordEntry.seq})`,
      );
      expect(run.output).toContain(`FAIL av_record ${avRecordId} (case ${caseId}`);
    } finally {
      await storage.database.drop();
    }
  }, 120_000);
});
