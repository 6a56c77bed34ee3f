import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import { agencies } from '../src/db/schema.ts';
import { bootstrapAdministrator } from '../src/identity/bootstrap-admin.ts';
import { countUsers } from '../src/identity/users.repository.ts';
import { loadConfig } from '../src/config/config.ts';
import type { Ledger } from '../src/ledger/ledger.ts';
import { createTestLedger } from './support/test-app.ts';
import { createTestDatabase, testDriver, type TestDatabase } from './support/test-database.ts';
import { rows } from './support/rows.ts';

let testDatabase: TestDatabase;
let database: Database;
let ledger: Ledger;
let keysDir: string;

/** Another server on the same database: its own pool and its own ledger instance. */
async function ledgerFor(db: Database) {
  return createTestLedger(db, loadConfig({ DATA_DIR: keysDir }));
}

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await openDatabase(testDatabase.target);
  keysDir = await mkdtemp(path.join(tmpdir(), 'liuhen-keys-'));
  ledger = await ledgerFor(database);
});
afterAll(async () => {
  await ledger.stop();
  await database.close();
  await testDatabase.drop();
  await rm(keysDir, { recursive: true, force: true });
});

describe(`database on ${testDriver}`, () => {
  it('runs on the engine this suite names', () => {
    expect(database.driver).toBe(testDriver);
  });

  it('concurrent transactions do not see or clobber each other', async () => {
    await database.db.execute(sql`create table counter (n integer not null)`);
    await database.db.execute(sql`insert into counter values (0)`);
    // Each transaction reads, waits, then writes read+1. Interleaved on one connection (or
    // without row locks) they would lose updates; serialised, the total is exact.
    const increments = Array.from({ length: 8 }, () =>
      database.db.transaction(async (tx) => {
        const [row] = await rows<{ n: number }>(tx.execute(sql`select n from counter for update`));
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.execute(sql`update counter set n = ${row!.n + 1}`);
      }),
    );
    await Promise.all(increments);
    const [final] = await rows<{ n: number }>(database.db.execute(sql`select n from counter`));
    expect(final!.n).toBe(8);
  });

  it('a failed transaction leaves nothing behind, and a plain query is not swallowed by it', async () => {
    const failing = database.db.transaction(async (tx) => {
      await tx.insert(agencies).values({ name: '回滚测试局', code: '回滚' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('abort');
    });
    const concurrent = database.db.insert(agencies).values({ name: '并发写入局', code: '并发' });
    await expect(failing).rejects.toThrow('abort');
    await concurrent;
    const names = (await database.db.select().from(agencies)).map((row) => row.name);
    expect(names).toContain('并发写入局');
    expect(names).not.toContain('回滚测试局');
  });

  it('creates exactly one administrator when several servers start at once', async () => {
    // PGlite is one process's own database; on PostgreSQL the second is another pool.
    const second = testDriver === 'postgres' ? await openDatabase(testDatabase.target) : database;
    try {
      const secondLedger = second === database ? ledger : await ledgerFor(second);
      const results = await Promise.all([
        bootstrapAdministrator(database.db, ledger),
        bootstrapAdministrator(second.db, secondLedger),
        bootstrapAdministrator(database.db, ledger),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await countUsers(database.db)).toBe(1);
      expect(await bootstrapAdministrator(database.db, ledger)).toBeUndefined();
      if (secondLedger !== ledger) await secondLedger.stop();
    } finally {
      if (second !== database) await second.close();
    }
  });
});

describe('PGlite data folder', () => {
  it('keeps data across restarts and applies migrations only once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'liuhen-pglite-'));
    try {
      const first = await openDatabase({ driver: 'pglite', dir });
      const firstLedger = await ledgerFor(first);
      const created = await bootstrapAdministrator(first.db, firstLedger);
      expect(created?.username).toBe('admin');
      await firstLedger.stop();
      await first.close();

      const reopened = await openDatabase({ driver: 'pglite', dir });
      const reopenedLedger = await ledgerFor(reopened);
      expect(await countUsers(reopened.db)).toBe(1);
      expect(await bootstrapAdministrator(reopened.db, reopenedLedger)).toBeUndefined();
      await reopenedLedger.stop();
      const [applied] = await rows<{ n: number }>(
        reopened.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
      );
      expect(applied!.n).toBeGreaterThanOrEqual(2);
      await reopened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
