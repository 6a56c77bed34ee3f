import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

/** The server's main module, started as `npm start` starts it. */
const main = path.resolve(import.meta.dirname, '../../src/main.ts');

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Printed only by the first start on an empty database. */
  readonly oneTimePassword: string | undefined;
  output(): string;
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The real server in its own process on `dataDir` (a restart passes the same folder and
 * environment), ready once its banner is printed. The caller ends it with `kill`.
 */
export async function startServerProcess(options: {
  readonly dataDir: string;
  readonly env?: Record<string, string>;
  /** Options for node itself (profiling: `--cpu-prof`, `--trace-gc`). */
  readonly nodeOptions?: readonly string[];
  /** A ceiling: at load 20 on 2 cores a restart after a killed 1 GiB upload took over 60 s. */
  readonly startTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start:\n${output}`));
    }, options.startTimeoutMs ?? 300_000);
    const check = () => {
      // Ready once the banner (printed after listening) is complete.
      const address = output.indexOf('访问地址');
      if (address === -1 || !output.includes('=====\n', address)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    oneTimePassword: output.match(/一次性密码:\s*(\S+)/)?.[1],
    output: () => output,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The process's resident memory now, from /proc (Linux), in bytes. */
export async function residentBytes(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kib = status?.match(/^VmRSS:\s+(\d+) kB$/m)?.[1];
  return kib === undefined ? undefined : Number(kib) * 1024;
}
