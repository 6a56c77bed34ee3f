/**
 * End-to-end ingest of one large file (default 1 GiB) over HTTP on loopback: the real
 * server in its own process, the real tus path (create, then PATCHes streamed from disk),
 * to a verified evidence object. Each run starts a fresh server on a fresh data folder and
 * is set against `openssl dgst -sm3` and `openssl dgst -sha256` on the same file in the
 * same run (the limit: the server must compute both). Also reports the server's resident
 * memory growth during the upload (VmRSS sampled every 50 ms) and where its CPU time went,
 * thread by thread.
 *
 * Run: npm run bench:ingest -w bench
 * Knobs: BENCH_INGEST_MIB (1024), BENCH_INGEST_RUNS (3), BENCH_INGEST_PATCH_MIB (whole file
 * in one PATCH, as tus-js-client sends without a chunk size; the web app uses 8),
 * BENCH_INGEST_DB=postgres (a fresh database per run on the local PostgreSQL, or on the
 * server BENCH_DATABASE_URL names; default the embedded PGlite, as `npm start`),
 * BENCH_SERVER_NODE_ARGS (options for the server's node, e.g. `--cpu-prof`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { officerOfNewAgency } from '../../apps/server/test/support/http-session.ts';
import { writePseudoRandomFile } from '../../apps/server/test/support/pseudo-random-file.ts';
import {
  residentBytes,
  startServerProcess,
} from '../../apps/server/test/support/server-process.ts';
import { createTusUpload, sendRest } from '../../apps/server/test/support/tus-over-http.ts';
import { freshPostgres } from './fresh-postgres.ts';
import { cpuBetween, sampleResident, threadTimes, type ThreadTimes } from './process-stats.ts';

const run = promisify(execFile);
const MiB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_INGEST_MIB ?? 1024) * MiB;
const RUNS = Number(process.env.BENCH_INGEST_RUNS ?? 3);
const PATCH_BYTES =
  process.env.BENCH_INGEST_PATCH_MIB === undefined
    ? SIZE
    : Number(process.env.BENCH_INGEST_PATCH_MIB) * MiB;
const onPostgres = process.env.BENCH_INGEST_DB === 'postgres';
const serverNodeOptions = process.env.BENCH_SERVER_NODE_ARGS;

const megabytesPerSecond = (seconds: number) => SIZE / 1e6 / seconds;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Seconds `openssl dgst` takes over the file; checks the digest it prints when known. */
async function opensslSeconds(algorithm: 'sm3' | 'sha256', file: string, expected?: string) {
  const started = performance.now();
  const { stdout } = await run('openssl', ['dgst', `-${algorithm}`, file]);
  const seconds = (performance.now() - started) / 1000;
  if (expected !== undefined && !stdout.trim().endsWith(expected)) {
    throw new Error(`openssl ${algorithm} printed ${stdout}, expected ${expected}`);
  }
  return seconds;
}

interface Ingest {
  readonly seconds: number;
  /** From the last byte handed to the connection to the answer: verification and storing. */
  readonly finishSeconds: number;
  readonly residentBefore: number;
  readonly residentPeak: number;
  readonly clientCpuSeconds: number;
  readonly serverThreads: ThreadTimes[];
}

async function ingestOnce(file: string, sha256: string): Promise<Ingest> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'liuhen-bench-ingest-'));
  const database = onPostgres ? await freshPostgres() : undefined;
  const server = await startServerProcess({
    dataDir,
    env: database === undefined ? {} : { DATABASE_URL: database.url },
    // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server's threads
    nodeOptions: serverNodeOptions?.split(' ').filter(Boolean) ?? [],
  });
  try {
    const { officer } = await officerOfNewAgency(server.url, server.oneTimePassword!);
    // Let start-up work (JIT, the first scrub, the hashing threads) settle first.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const residentBefore = (await residentBytes(server.pid)) ?? 0;
    const sampler = sampleResident(server.pid);
    const threadsBefore = await threadTimes(server.pid);
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    const location = await createTusUpload(officer, SIZE, {
      filename: 'bench.mp4',
      filetype: 'video/mp4',
      sha256,
    });
    let lastByteAt = 0;
    await sendRest(officer, location, file, {
      from: 0,
      length: SIZE,
      chunkBytes: PATCH_BYTES,
      onSent: (offset) => {
        if (offset === SIZE) lastByteAt = performance.now();
      },
    });
    const finished = performance.now();
    const seconds = (finished - started) / 1000;
    const client = process.cpuUsage(clientBefore);
    const serverThreads = cpuBetween(threadsBefore, await threadTimes(server.pid), server.pid);
    const residentPeak = await sampler.stop();
    const view = await officer.json('GET', location);
    if (view.status !== 'completed' || view.evidenceObject?.sha256 !== sha256) {
      throw new Error(`the upload did not end verified: ${JSON.stringify(view)}`);
    }
    return {
      seconds,
      finishSeconds: (finished - lastByteAt) / 1000,
      residentBefore,
      residentPeak,
      clientCpuSeconds: (client.user + client.system) / 1e6,
      serverThreads,
    };
  } finally {
    await server.kill('SIGTERM');
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-bench-file-'));
try {
  const file = path.join(workDir, 'ingest.bin');
  const { sha256 } = await writePseudoRandomFile(file, SIZE);
  process.stdout.write(
    `\nIngest of ${SIZE / MiB} MiB over HTTP on loopback (${PATCH_BYTES >= SIZE ? 'one PATCH' : `PATCHes of ${PATCH_BYTES / MiB} MiB`}, ` +
      `${onPostgres ? 'PostgreSQL' : 'PGlite'}), ${RUNS} runs; load average ${load()}\n`,
  );
  const runs: { ours: number; sm3: number; sha256: number; growth: number; cpu: number }[] = [];
  for (let index = 0; index < RUNS; index++) {
    const sm3 = megabytesPerSecond(await opensslSeconds('sm3', file));
    const sha = megabytesPerSecond(await opensslSeconds('sha256', file, sha256));
    const ingest = await ingestOnce(file, sha256);
    const ours = megabytesPerSecond(ingest.seconds);
    const growth = ingest.residentPeak - ingest.residentBefore;
    const cpu =
      ingest.clientCpuSeconds +
      ingest.serverThreads.reduce((sum, thread) => sum + thread.cpuSeconds, 0);
    runs.push({ ours, sm3, sha256: sha, growth, cpu });
    const threads = ingest.serverThreads
      .map(
        (thread) =>
          `${thread.name} ${thread.cpuSeconds.toFixed(2)} (sys ${thread.systemSeconds.toFixed(2)})`,
      )
      .join(', ');
    process.stdout.write(
      `run ${index + 1}: ingest ${ours.toFixed(0)} MB/s (${ingest.seconds.toFixed(2)} s, of which ` +
        `${ingest.finishSeconds.toFixed(2)} s after the last byte), ` +
        `openssl sm3 ${sm3.toFixed(0)} MB/s, sha256 ${sha.toFixed(0)} MB/s, ` +
        `ratio ${(ours / Math.min(sm3, sha)).toFixed(2)}; ` +
        `RSS ${(ingest.residentBefore / MiB).toFixed(0)} → peak ${(ingest.residentPeak / MiB).toFixed(0)} MiB ` +
        `(+${(growth / MiB).toFixed(1)}); load ${load()}\n` +
        `       CPU s: ${cpu.toFixed(2)} in all; client ${ingest.clientCpuSeconds.toFixed(2)}; server ${threads}\n`,
    );
  }
  const ours = median(runs.map((r) => r.ours));
  const sm3 = median(runs.map((r) => r.sm3));
  const sha = median(runs.map((r) => r.sha256));
  const growth = median(runs.map((r) => r.growth));
  const ratio = median(runs.map((r) => r.ours / Math.min(r.sm3, r.sha256)));
  process.stdout.write(
    `median: ingest ${ours.toFixed(0)} MB/s, openssl sm3 ${sm3.toFixed(0)} MB/s, ` +
      `sha256 ${sha.toFixed(0)} MB/s, ratio to the slower digest ${ratio.toFixed(2)} (target ≥ 0.75), ` +
      `RSS growth ${(growth / MiB).toFixed(1)} MiB (target ≤ 64), ` +
      `CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s; load average ${load()}\n`,
  );
} finally {
  await rm(workDir, { recursive: true, force: true });
}
