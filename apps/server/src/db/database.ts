import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The one query interface services and repositories see, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What a repository accepts: the database itself or an open transaction on it. */
export type DbOrTx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export type DatabaseTarget =
  | { readonly driver: 'pglite'; readonly dir: string }
  | { readonly driver: 'postgres'; readonly url: string };

export interface Database {
  readonly db: Db;
  readonly driver: DatabaseTarget['driver'];
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Closing twice (a failed start, then shutdown) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

const migrationsFolder = path.resolve(import.meta.dirname, 'migrations');
/** Arbitrary constant shared by every server of a deployment: one migrator at a time. */
const MIGRATION_LOCK_KEY = 0x4c495548; // "LIUH"

/**
 * Opens the database and applies pending migrations.
 *
 * PGlite has one connection; it serialises statements and whole transactions itself
 * (a plain query waits while a transaction holds the connection), which our tests check.
 * Code must therefore never query through `db` from inside a transaction callback: use the
 * transaction handle, or the two would wait on each other.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.driver === 'pglite') {
    const memory = target.dir.startsWith('memory://');
    if (!memory) await mkdir(target.dir, { recursive: true });
    const client = new PGlite(target.dir);
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    return {
      db,
      driver: 'pglite',
      ping: async () => {
        await client.query('select 1');
      },
      close: once(() => client.close()),
    };
  }

  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL pool: ${error.message}`));
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePostgres(drizzlePostgres(lockClient), { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    lockClient.release();
  }
  const db = drizzlePostgres(pool, { schema }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: once(() => pool.end()),
  };
}
