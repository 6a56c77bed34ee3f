import { parseCanonicalJson } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/database.ts';
import { readEntries } from '../../src/ledger/ledger.repository.ts';

export interface StoredEntry {
  seq: number;
  action: string;
  agency: string | null;
  actor: { type: string; id?: string; username?: string; ip?: string | null };
  target: { type: string; id: string } | null;
  data: Record<string, unknown>;
}

/** Every entry of a log, decoded from the exact stored bytes. */
export async function entriesOf(db: Db, logId: string): Promise<StoredEntry[]> {
  const rows = await readEntries(db, logId, 0, 1_000_000);
  return rows.map((row) => parseCanonicalJson(row.body) as unknown as StoredEntry);
}

/**
 * Runs statements as the superuser with triggers off (session_replication_role = replica),
 * as an attacker with database access would: the append-only triggers do not fire.
 */
export async function asSuperuserBypassingTriggers(db: Db, statements: ReturnType<typeof sql>[]) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const statement of statements) await tx.execute(statement);
  });
}
