/**
 * What the HTTP stack costs: requests/s of Liuhen's `GET /api/v1/health` (routing, hooks,
 * schema serialisation and a database round trip on PGlite) against a bare node:http server
 * answering the same bytes on the same machine in the same run (the limit). And what a
 * login costs against the scrypt hash it cannot avoid.
 *
 * Run: npm run bench -w bench
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, loadConfig, openDatabase, openFilesystemEvidenceStore } from '@liuhen/server';
import { bootstrapAdministrator, createConfiguredLedger } from '@liuhen/server';
import { hashPassword } from '../../apps/server/src/auth/password-hashing.ts';
import { measureRequestsPerSecond } from './load.ts';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 4000);
const CONCURRENCY = 16;

const dataDir = await mkdtemp(path.join(tmpdir(), 'liuhen-bench-'));
const config = {
  ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  port: 0,
  host: '127.0.0.1',
};
const database = await openDatabase(config.database);
const ledger = await createConfiguredLedger(config, database, console);
await ledger.start();
const admin = await bootstrapAdministrator(database.db, ledger);
const app = await buildApp({
  config: { ...config, loginRateLimitPerMinute: 1_000_000 },
  database,
  ledger,
  evidenceStore: await openFilesystemEvidenceStore(config.evidenceDir),
  logger: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const sample = await fetch(`${appUrl}/api/v1/health`).then((r) => r.text());
const bare = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(sample);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`;

const limit = await measureRequestsPerSecond({
  url: bareUrl,
  concurrency: CONCURRENCY,
  durationMs: DURATION_MS,
});
const health = await measureRequestsPerSecond({
  url: `${appUrl}/api/v1/health`,
  concurrency: CONCURRENCY,
  durationMs: DURATION_MS,
});

// Login: the limit is the scrypt derivation itself, two at a time like the two clients.
const LOGIN_CONCURRENCY = 2;
const hashStart = performance.now();
let hashes = 0;
const hashWorker = async () => {
  while (performance.now() - hashStart < DURATION_MS / 2) {
    await hashPassword('bench-password-1');
    hashes++;
  }
};
await Promise.all(Array.from({ length: LOGIN_CONCURRENCY }, hashWorker));
const hashesPerSecond = hashes / ((performance.now() - hashStart) / 1000);
const login = await measureRequestsPerSecond({
  url: `${appUrl}/api/v1/auth/login`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: admin!.username, password: admin!.oneTimePassword }),
  concurrency: LOGIN_CONCURRENCY,
  durationMs: DURATION_MS / 2,
});

const rows = [
  ['bare node:http, same JSON (limit)', limit.perSecond, limit.p99Ms, '1.00'],
  [
    'GET /api/v1/health (PGlite ping)',
    health.perSecond,
    health.p99Ms,
    (health.perSecond / limit.perSecond).toFixed(2),
  ],
  ['scrypt N=2^15 alone, 2 at once (limit)', hashesPerSecond, 0, '1.00'],
  [
    'POST /api/v1/auth/login',
    login.perSecond,
    login.p99Ms,
    (login.perSecond / hashesPerSecond).toFixed(2),
  ],
] as const;
process.stdout.write(
  `\nHTTP overhead (${CONCURRENCY} connections, ${DURATION_MS} ms each, loopback)\n`,
);
for (const [name, perSecond, p99, ratio] of rows) {
  process.stdout.write(
    `${name.padEnd(40)} ${perSecond.toFixed(0).padStart(7)} req/s  p99 ${p99.toFixed(1).padStart(6)} ms  ratio ${ratio}\n`,
  );
}
if (health.errors > 0 || login.errors > 0) {
  process.stdout.write(`errors: health ${health.errors}, login ${login.errors}\n`);
}

await app.close();
await new Promise((resolve) => bare.close(resolve));
await rm(dataDir, { recursive: true, force: true });
