import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromBase64 } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCheckpoint, readEntry } from '../src/ledger/ledger.repository.ts';
import { digestFor } from '../src/ledger/digests.ts';
import { runScrub } from '../src/ledger/scrub.ts';
import { publishedCheckpointProblem, verifyLog } from '../src/ledger/verification.ts';
import { asSuperuserBypassingTriggers } from './support/ledger-helpers.ts';
import { cliEnvFor, runCli } from './support/cli.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { testDriver } from './support/test-database.ts';

/**
 * An attacker with full database access (superuser, triggers off) edits or rewrites the
 * ledger. The verifier must name the damage; on PostgreSQL through the real `liuhen` command.
 */
const digest = digestFor('sha256');

let testApp: TestApp;
let workDir: string;

async function appendFailures(count: number, tag: string) {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      testApp.ledger.append({
        action: 'auth.login_failed',
        agencyId: null,
        actor: { type: 'anonymous', ip: '10.0.0.2' },
        data: { username: `${tag}-${i}`, reason: 'invalid_credentials', ip: '10.0.0.2' },
      }),
    ),
  );
  testApp.advance(1_100);
  await testApp.ledger.settle();
}

beforeAll(async () => {
  testApp = await createTestApp();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-tamper-'));
});
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

describe(`tampering on ${testDriver}`, () => {
  it('one changed byte in one entry: verification names that sequence number', async () => {
    await appendFailures(40, 'edit');
    expect((await verifyLog(testApp.database.db, digest, 'platform')).ok).toBe(true);

    const original = await bodyOf(17);
    // Overwrite one byte inside entry 17's stored canonical JSON.
    await asSuperuserBypassingTriggers(testApp.database.db, [
      sql`update ledger_entries set body = overlay(body placing '\\x41'::bytea from 60 for 1) where log_id = 'platform' and seq = 17`,
    ]);
    const result = await verifyLog(testApp.database.db, digest, 'platform');
    expect(result).toMatchObject({ ok: false, failedSeq: 17 });

    if (testDriver === 'postgres') {
      const run = await runCli(['ledger', 'verify'], cliEnvFor(testApp, workDir), workDir);
      expect(run.code).toBe(1);
      expect(run.output).toContain('FAIL platform seq 17');
    }
    // Put it back so the next test starts from a sound ledger.
    await asSuperuserBypassingTriggers(testApp.database.db, [
      sql`update ledger_entries set body = ${original} where log_id = 'platform' and seq = 17`,
    ]);
    expect((await verifyLog(testApp.database.db, digest, 'platform')).ok).toBe(true);
  });

  it('newest entries deleted and the tree rewritten: the published checkpoint exposes it', async () => {
    await appendFailures(60, 'before');
    const publishedResponse = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/public/ledger/logs/platform/checkpoints/latest',
    });
    const published = publishedResponse.json();
    const publishedFile = path.join(workDir, 'published.json');
    await writeFile(publishedFile, JSON.stringify(published, null, 2));
    const cut = published.treeSize - 30;

    // The attacker removes the last 30 entries, every node and checkpoint that covers
    // them, and lets the system append other events on top: the log grows again.
    await asSuperuserBypassingTriggers(testApp.database.db, [
      sql`delete from ledger_entries where log_id = 'platform' and seq >= ${cut}`,
      sql`delete from ledger_nodes where log_id = 'platform' and (idx + 1) * power(2, level) > ${cut}`,
      sql`delete from ledger_checkpoints where log_id = 'platform' and tree_size > ${cut}`,
    ]);
    await appendFailures(50, 'after');
    const rewritten = await latestCheckpoint(testApp.database.db, 'platform');
    expect(rewritten!.treeSize).toBe(cut + 50);

    // Internally the rewritten log is consistent: only the outsider's copy can tell.
    const internal = await verifyLog(testApp.database.db, digest, 'platform', [published.treeSize]);
    expect(internal.ok).toBe(true);
    expect(
      publishedCheckpointProblem(internal, {
        treeSize: published.treeSize,
        rootHash: fromBase64(published.rootHash),
        time: published.time,
      }),
    ).toMatch(/history rewritten/);

    if (testDriver === 'postgres') {
      const run = await runCli(
        ['ledger', 'verify', '--published', publishedFile],
        cliEnvFor(testApp, workDir),
        workDir,
      );
      expect(run.code).toBe(1);
      expect(run.output).toContain(
        `the tree at size ${published.treeSize} is not the one published`,
      );
    }
  });

  it('the server refuses to sign a checkpoint inconsistent with the last one', async () => {
    const before = await latestCheckpoint(testApp.database.db, 'platform');
    const cut = before!.treeSize - 5;
    await asSuperuserBypassingTriggers(testApp.database.db, [
      sql`delete from ledger_entries where log_id = 'platform' and seq >= ${cut}`,
      sql`delete from ledger_nodes where log_id = 'platform' and (idx + 1) * power(2, level) > ${cut}`,
    ]);
    await appendFailures(20, 'forged');
    const after = await latestCheckpoint(testApp.database.db, 'platform');
    expect(after!.treeSize).toBe(before!.treeSize);
  });
});

async function bodyOf(seq: number): Promise<Uint8Array> {
  const row = await readEntry(testApp.database.db, 'platform', seq);
  return row!.body;
}

describe('the scheduled scrub', () => {
  it('finds the tampering above and raises the alarm on the health endpoint', async () => {
    const row = await runScrub(testApp.database.db, () => new Date());
    expect(row.ok).toBe(false);
    expect(row.failedLogId).toBe('platform');
    const health = await testApp.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'alarm', ledger: { status: 'alarm' } });
  });
});
