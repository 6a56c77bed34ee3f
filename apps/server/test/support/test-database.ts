import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/database.ts';

/** Which engine this run of the server suite uses: set by the test script per suite. */
export const testDriver: 'pglite' | 'postgres' =
  process.env.LIUHEN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * The PostgreSQL server to create throw-away databases on: TEST_DATABASE_URL, or the local
 * server at 127.0.0.1:5432 (trust auth). Its database is used only to CREATE/DROP others.
 */
const maintenanceUrl =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly target: DatabaseTarget;
  drop(): Promise<void>;
}

async function withMaintenance<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for one test file: in memory for PGlite, a new one on PostgreSQL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDriver === 'pglite') {
    return { target: { driver: 'pglite', dir: 'memory://' }, drop: async () => {} };
  }
  const name = `liuhen_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withMaintenance((client) => client.query(`create database ${name}`));
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return {
    target: { driver: 'postgres', url: url.toString() },
    drop: () =>
      withMaintenance((client) =>
        client.query(`drop database if exists ${name} with (force)`),
      ).then(() => {}),
  };
}
