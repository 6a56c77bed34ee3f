/**
 * Ledger throughput and latency, each against a limit measured in the same run:
 * - sustained appends/s (with a signed checkpoint every second) on PostgreSQL and PGlite,
 *   against plain INSERTs of the same rows in the same batches into a table like it;
 * - inclusion-proof latency at LEDGER_BENCH_ENTRIES entries (default 1,000,000) on PostgreSQL;
 * - full verification speed in leaves/s, against hashing the same leaves alone.
 *
 * Run: npm run bench:ledger -w bench (needs the local PostgreSQL at 127.0.0.1:5432, or
 * BENCH_DATABASE_URL naming a server where it may CREATE DATABASE).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  allNodesForInclusionProof,
  buildInclusionProof,
  canonicalJson,
  hashLeaf,
} from '@liuhen/domain';
import {
  createConfiguredLedger,
  digestFor,
  ledgerRepository,
  loadConfig,
  openDatabase,
  verifyLog,
  type Database,
  type Ledger,
} from '@liuhen/server';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadNodes } from '../../apps/server/src/ledger/stored-tree.ts';

const ENTRIES = Number(process.env.LEDGER_BENCH_ENTRIES ?? 1_000_000);
const PGLITE_ENTRIES = Number(process.env.LEDGER_BENCH_PGLITE_ENTRIES ?? 20_000);
const RATE_SAMPLE = Number(process.env.LEDGER_BENCH_RATE_SAMPLE ?? 100_000);
/** Rows per plain-INSERT transaction: the sequencer's batch size. Many clients keep four
 * batches' worth of appends in flight, so that batches queue up as under sustained load. */
const BATCH = 5_000;
const IN_FLIGHT = 4 * BATCH;
const maintenanceUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const digest = digestFor('sha256');
const quiet = { error: (object: unknown, message: string) => console.error(message, object) };

function event(i: number) {
  return {
    action: 'auth.login_failed' as const,
    agencyId: null,
    actor: { type: 'anonymous' as const, ip: '10.1.2.3' },
    data: { username: `user-${i}`, reason: 'invalid_credentials' as const, ip: '10.1.2.3' },
  };
}

/** Appends `count` events keeping IN_FLIGHT outstanding, like many clients at once. */
async function appendMany(ledger: Ledger, count: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const batch: Promise<unknown>[] = [];
      for (let i = 0; i < 500 && next < count; i++) batch.push(ledger.append(event(next++)));
      await Promise.all(batch);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT / 500 }, worker));
  return count / ((performance.now() - started) / 1000);
}

/**
 * The limit: the same rows, encoded and hashed beforehand, inserted plainly into a table
 * like ledger_entries (same indexes, no triggers) in the same batches and with the same
 * statement (one array parameter per column). No lock, no tree, no JSON, no hashing.
 */
async function plainInserts(database: Database, count: number): Promise<number> {
  await database.db.execute(sql`create table plain_entries (like ledger_entries including all)`);
  const rows = Array.from({ length: count }, (_, i) => {
    const body = canonicalJson({
      v: 1,
      log: 'plain',
      seq: i,
      time: new Date().toISOString(),
      ...event(i),
      target: null,
      hashes: [],
    });
    return { seq: i, body: Buffer.from(body), leaf: Buffer.from(hashLeaf(digest, body)) };
  });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into plain_entries
        (log_id, seq, body, leaf_hash, action, actor_id, target, recorded_at)
        select * from unnest(
          ${sql.param(batch.map(() => 'plain'))}::text[],
          ${sql.param(batch.map((r) => r.seq))}::bigint[],
          ${sql.param(batch.map((r) => r.body))}::bytea[],
          ${sql.param(batch.map((r) => r.leaf))}::bytea[],
          ${sql.param(batch.map(() => 'auth.login_failed'))}::text[],
          ${sql.param(batch.map(() => null))}::uuid[],
          ${sql.param(batch.map(() => null))}::text[],
          ${sql.param(batch.map(() => new Date().toISOString()))}::timestamptz[])`);
    });
  }
  return count / ((performance.now() - started) / 1000);
}

async function openLedger(database: Database, dataDir: string) {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const ledger = await createConfiguredLedger(config, database, quiet, { intervalMs: 1000 });
  await ledger.start();
  return ledger;
}

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `liuhen_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: maintenanceUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const out: string[] = [];
const line = (text: string) => {
  out.push(text);
  process.stdout.write(`${text}\n`);
};

const dataDir = await mkdtemp(path.join(tmpdir(), 'liuhen-bench-ledger-'));
const postgres = await freshPostgres();
try {
  // --- PostgreSQL -------------------------------------------------------------------
  const pgDatabase = await openDatabase({ driver: 'postgres', url: postgres.url });
  const pgLedger = await openLedger(pgDatabase, dataDir);
  const pgLimit = await plainInserts(pgDatabase, RATE_SAMPLE);
  const pgRate = await appendMany(pgLedger, RATE_SAMPLE);
  await pgLedger.settle();
  const checkpoints = await pgDatabase.db.execute(
    sql`select count(*)::int as n from ledger_checkpoints`,
  );
  line(
    `appends, PostgreSQL: ${pgRate.toFixed(0)}/s vs plain INSERT ${pgLimit.toFixed(0)}/s → ratio ${(pgRate / pgLimit).toFixed(2)} (${RATE_SAMPLE} entries, ${(checkpoints as unknown as { rows: { n: number }[] }).rows[0]!.n} signed checkpoints)`,
  );

  // Grow the log to ENTRIES for the proof and verification figures.
  if (ENTRIES > RATE_SAMPLE) await appendMany(pgLedger, ENTRIES - RATE_SAMPLE);
  await pgLedger.settle();
  const size = ENTRIES;
  const latencies: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const index = Math.floor(Math.random() * size);
    const t0 = performance.now();
    const lookup = await loadNodes(
      pgDatabase.db,
      digest,
      'platform',
      allNodesForInclusionProof(index, size),
    );
    buildInclusionProof(digest, index, size, lookup);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  line(
    `inclusion proof at ${size} entries (PostgreSQL, from storage): p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p99 ${percentile(latencies, 0.99).toFixed(2)} ms`,
  );

  const verifyStart = performance.now();
  const verification = await verifyLog(pgDatabase.db, digest, 'platform');
  const verifySeconds = (performance.now() - verifyStart) / 1000;
  if (!verification.ok) throw new Error(`verification failed: ${verification.problem}`);
  // The limit: reading the same rows from PostgreSQL in the same pages, doing nothing else.
  const readStart = performance.now();
  let read = 0;
  for (let from = 0; from < ENTRIES; from += 10_000) {
    read += (await ledgerRepository.readEntries(pgDatabase.db, 'platform', from, from + 10_000))
      .length;
  }
  const readRate = read / ((performance.now() - readStart) / 1000);
  const verifyRate = verification.entries / verifySeconds;
  line(
    `full verification: ${verifyRate.toFixed(0)} leaves/s (${verification.entries} leaves, ${verification.checkpoints} checkpoints in ${verifySeconds.toFixed(1)} s) vs reading the same rows alone ${readRate.toFixed(0)}/s → ratio ${(verifyRate / readRate).toFixed(2)}`,
  );
  await pgLedger.stop();
  await pgDatabase.close();

  // --- PGlite (a file-backed data folder, as a township runs it) ----------------------
  const pgliteDatabase = await openDatabase({ driver: 'pglite', dir: path.join(dataDir, 'db') });
  const pgliteLedger = await openLedger(pgliteDatabase, dataDir);
  const pgliteLimit = await plainInserts(pgliteDatabase, PGLITE_ENTRIES);
  const pgliteRate = await appendMany(pgliteLedger, PGLITE_ENTRIES);
  line(
    `appends, PGlite: ${pgliteRate.toFixed(0)}/s vs plain INSERT ${pgliteLimit.toFixed(0)}/s → ratio ${(pgliteRate / pgliteLimit).toFixed(2)} (${PGLITE_ENTRIES} entries)`,
  );
  await pgliteLedger.stop();
  await pgliteDatabase.close();
} finally {
  await postgres.drop();
  await rm(dataDir, { recursive: true, force: true });
}
