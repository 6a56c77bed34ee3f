import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { listKeys } from '../src/ledger/ledger.repository.ts';
import { verifyAllLogs } from '../src/ledger/verification.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { createTestDatabase, testDriver, type TestDatabase } from './support/test-database.ts';

/** The server as `npm start` runs it: its own process, configured by environment. */
const main = path.resolve(import.meta.dirname, '../src/main.ts');

interface Exited {
  code: number | null;
  output: string;
}

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exited>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
  const printed = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${pattern}:\n${output}`)),
        60_000,
      );
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] ?? match[0]);
        }
      };
      child.stdout.on('data', check);
      child.once('exit', () => reject(new Error(`exited before printing ${pattern}:\n${output}`)));
      check();
    });
  return { child, exited, printed, output: () => output };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let dataDir: string;
let testDatabase: TestDatabase;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'liuhen-process-'));
  testDatabase = await createTestDatabase();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await testDatabase.drop();
});

describe('the server process', () => {
  it('refuses to start on an invalid setting and names it', async () => {
    const { exited } = startMain({ PORT: 'eighty', DATA_DIR: dataDir });
    const { code, output } = await exited;
    expect(code).toBe(1);
    expect(output).toContain('PORT="eighty"');
  });

  it('starts, prints the address and the one-time password once, and stops cleanly on SIGTERM', async () => {
    const databaseEnv: Record<string, string> =
      testDatabase.target.driver === 'postgres' ? { DATABASE_URL: testDatabase.target.url } : {};
    const env = {
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...databaseEnv,
    };

    const first = startMain(env);
    const password = await first.printed(/一次性密码:\s*(\S+)/);
    expect(password).toMatch(/^\S{16,}$/);
    expect(first.output()).toContain(testDriver === 'postgres' ? 'PostgreSQL' : '内置 PGlite');
    first.child.kill('SIGTERM');
    const stopped = await first.exited;
    expect(stopped.code).toBe(0);
    expect(stopped.output).toContain('shutting down');

    // A second start on the same data creates no second administrator and prints no password.
    const second = startMain(env);
    await second.printed(/访问地址/);
    second.child.kill('SIGINT');
    const secondStop = await second.exited;
    expect(secondStop.code).toBe(0);
    expect(secondStop.output).not.toContain('一次性密码');

    // A third start signing with SM2: a new key, recorded as a configuration change.
    // It also scrubs every ~1 s, so the scheduled re-verification is seen to run and pass.
    const third = startMain({
      ...env,
      LEDGER_SIGNATURE_ALGORITHM: 'sm2',
      LEDGER_SCRUB_INTERVAL_HOURS: '0.0003',
    });
    await third.printed(/访问地址/);
    await third.printed(/ledger scrub passed/);
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);

    const database = await openDatabase(
      testDatabase.target.driver === 'postgres'
        ? testDatabase.target
        : { driver: 'pglite', dir: path.join(dataDir, 'db') },
    );
    try {
      const entries = await entriesOf(database.db, 'platform');
      expect(entries.filter((e) => e.action === 'system.started')).toHaveLength(3);
      const change = entries.find((e) => e.action === 'system.configuration_changed');
      expect(change?.data).toMatchObject({
        setting: 'ledger.signing_key',
        before: expect.stringMatching(/^ed25519:/),
        after: expect.stringMatching(/^sm2:/),
      });
      const keys = await listKeys(database.db);
      expect(keys.map((key) => key.algorithm)).toEqual(['ed25519', 'sm2']);
      const results = await verifyAllLogs(database.db);
      expect(results.every((result) => result.ok)).toBe(true);
      expect(results[0]!.checkpoints).toBeGreaterThanOrEqual(1);
    } finally {
      await database.close();
    }
  });
});
