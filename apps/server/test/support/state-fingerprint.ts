import { sql } from 'drizzle-orm';
import { rows } from './rows.ts';
import type { TestApp } from './test-app.ts';

/**
 * What a refused write must leave as it was: every row of every table, and the ledger's
 * length. Sessions and the login throttle move with every sign-in, and a checkpoint is
 * signed whenever a second has passed since entries came in: none of them says anything
 * about the record. The ledger's own tables are counted, not hashed (they only grow).
 */
const NOT_STATE = new Set([
  'sessions',
  'login_throttle',
  'ledger_scrubs',
  'ledger_checkpoints',
  '__drizzle_migrations',
]);
const COUNTED_ONLY = new Set([
  'ledger_entries',
  'ledger_outbox',
  'ledger_nodes',
  'ledger_logs',
  'ledger_keys',
]);

export type Fingerprint = Readonly<Record<string, string>>;

let tableNames: string[] | undefined;

export async function fingerprint(testApp: TestApp): Promise<Fingerprint> {
  const db = testApp.database.db;
  tableNames ??= (
    await rows<{ name: string }>(
      db.execute(sql`select tablename as name from pg_tables where schemaname = 'public'`),
    )
  )
    .map((row) => row.name)
    .filter((name) => !NOT_STATE.has(name))
    .sort();
  const parts = tableNames.map((name) => {
    const table = sql.identifier(name);
    return COUNTED_ONLY.has(name)
      ? sql`select ${name} as name, count(*)::text as state from ${table}`
      : sql`select ${name} as name,
              count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')
                as state
            from ${table} t`;
  });
  const union = sql.join(parts, sql` union all `);
  const found = await rows<{ name: string; state: string }>(db.execute(union));
  return Object.fromEntries(found.map((row) => [row.name, row.state]));
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
