import { spawn } from 'node:child_process';
import path from 'node:path';
import type { TestApp } from './test-app.ts';

const cli = path.resolve(import.meta.dirname, '../../../cli/bin/liuhen.js');

/** Runs the real `liuhen` command with only the given environment (plus PATH and HOME). */
export function runCli(args: string[], env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** What the command needs to reach a test app's PostgreSQL database and signing key. */
export function cliEnvFor(testApp: TestApp, dataDir: string): Record<string, string> {
  const target = testApp.config.database;
  if (target.driver !== 'postgres') throw new Error('only a PostgreSQL test database is reachable');
  return {
    DATABASE_URL: target.url,
    LEDGER_KEY_DIR: testApp.config.ledger.keyDir,
    DATA_DIR: dataDir,
  };
}
