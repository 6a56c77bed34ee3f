import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBundle } from '../src/ledger/bundle.ts';
import { cliEnvFor, runCli } from './support/cli.ts';
import { Client, createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';
import { testDriver } from './support/test-database.ts';

let testApp: TestApp;
let admin: Client;
let workDir: string;

beforeAll(async () => {
  testApp = await createTestApp();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-bundle-'));
  admin = await signInAdmin(testApp);
  testApp.advance(1_100);
  await testApp.ledger.settle();
});
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('proof bundles through the command line', () => {
  it('a bundle verifies with nothing but itself; a changed byte fails', async () => {
    const bundleFile = path.join(workDir, 'proof-2.json');
    if (testDriver === 'postgres') {
      const prove = await runCli(
        ['ledger', 'prove', '2', '--out', bundleFile],
        cliEnvFor(testApp, workDir),
        workDir,
      );
      expect(prove.code, prove.output).toBe(0);
    } else {
      // This suite's in-memory PGlite cannot be opened by a second process: take the API's.
      const response = await admin.get('/api/v1/ledger/logs/platform/entries/2');
      await writeFile(bundleFile, serializeBundle(response.json()));
    }

    // Another "machine": no database settings, an empty folder, only the file.
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'liuhen-elsewhere-'));
    const copy = path.join(elsewhere, 'bundle.json');
    await writeFile(copy, await readFile(bundleFile));
    const ok = await runCli(['verify-bundle', copy], {}, elsewhere);
    expect(ok.code, ok.output).toBe(0);
    expect(ok.output).toContain('校验通过');
    expect(ok.output).toContain('auth.password_changed');

    const bytes = await readFile(copy);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await writeFile(copy, bytes);
    const bad = await runCli(['verify-bundle', copy], {}, elsewhere);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('校验失败');
    await rm(elsewhere, { recursive: true, force: true });
  });
});
