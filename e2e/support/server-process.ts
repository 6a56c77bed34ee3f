import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  readonly url: string;
  /** The printed one-time password; empty in demo mode, whose accounts are known. */
  readonly oneTimePassword: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the real server as `npm start` would (its main module, on Node 24, embedded
 * PGlite in a fresh data folder) and reads the one-time password from what it prints.
 */
export async function startServerProcess(
  options: { env?: Record<string, string>; startTimeoutMs?: number } = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'liuhen-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should the test process end without its afterAll (vitest interrupted), the server goes
  // with it instead of running on unattended.
  const killOnExit = () => {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const started = new Promise<string>((resolve, reject) => {
    // A ceiling, not a wait: readiness is the banner below. A loaded machine (load 18 on
    // 2 cores) took over three minutes to open PGlite and migrate.
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output}`)),
      options.startTimeoutMs ?? 600_000,
    );
    const check = () => {
      // Ready once the banner (printed after listening) is complete: its address line and
      // the closing rule after it.
      const address = output.indexOf('访问地址');
      if (address === -1 || !output.includes('=====\n', address)) return;
      clearTimeout(timer);
      resolve(output.match(/一次性密码:\s*(\S+)/)?.[1] ?? '');
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  let oneTimePassword: string;
  try {
    oneTimePassword = await started;
  } catch (error) {
    // A server that never became ready is not left running beside the next test file.
    await stop();
    throw error;
  }

  return { url: `http://127.0.0.1:${port}`, oneTimePassword, output: () => output, stop };
}
