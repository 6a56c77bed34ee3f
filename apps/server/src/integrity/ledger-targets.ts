import type { ContentHash, EventActor } from '@liuhen/domain';
import { and, asc, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { ledgerEntries, ledgerOutbox } from '../db/schema.ts';

/** A ledger entry as the row checks read it: where it is and what it says. */
export interface BoundEntry {
  readonly log: string;
  readonly seq: number;
  readonly time: string;
  readonly agency: string | null;
  readonly actor: EventActor;
  readonly action: string;
  readonly hashes: readonly ContentHash[];
  readonly data: Record<string, unknown>;
}

const decoder = new TextDecoder();

/**
 * The entries about each target (`record:<id>`, `av_record:<id>`…), oldest first, read
 * through the indexed `target` column. Bodies are the canonical bytes the ledger verifier
 * re-hashes, so what is compared here is what the Merkle tree proves.
 */
export async function entriesForTargets(
  db: DbOrTx,
  targets: readonly string[],
  actions: readonly string[],
): Promise<Map<string, BoundEntry[]>> {
  const byTarget = new Map<string, BoundEntry[]>();
  if (targets.length === 0) return byTarget;
  const rows = await db
    .select({ target: ledgerEntries.target, body: ledgerEntries.body })
    .from(ledgerEntries)
    .where(
      and(inArray(ledgerEntries.target, [...targets]), inArray(ledgerEntries.action, [...actions])),
    )
    .orderBy(asc(ledgerEntries.logId), asc(ledgerEntries.seq));
  for (const row of rows) {
    const entry = JSON.parse(decoder.decode(row.body)) as BoundEntry;
    const list = byTarget.get(row.target!) ?? [];
    list.push(entry);
    byTarget.set(row.target!, list);
  }
  return byTarget;
}

/** True when an event about the target still waits in the outbox (not yet in the log). */
export async function waitingInOutbox(db: DbOrTx, type: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ledgerOutbox.id })
    .from(ledgerOutbox)
    .where(
      and(
        sql`${ledgerOutbox.event} -> 'target' ->> 'type' = ${type}`,
        sql`${ledgerOutbox.event} -> 'target' ->> 'id' = ${id}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * The check to report for a row whose first check found no sealing entry: none while its
 * event still waits in the outbox, else the check made again. The sequencer moves an event
 * from the outbox into the log in one transaction, so once the outbox no longer holds it a
 * second read of the log finds the entry if it was ever written: a seal that landed between
 * the first read and the look at the outbox is not taken for a missing one.
 */
export async function settledCheck<C extends { readonly entry?: unknown }>(
  check: C | undefined,
  stillInOutbox: () => Promise<boolean>,
  recheck: () => Promise<C | undefined>,
): Promise<C | undefined> {
  if (check === undefined || check.entry !== undefined) return check;
  if (await stillInOutbox()) return undefined;
  return recheck();
}

export function hashNamed(entry: BoundEntry, name: string, algorithm = 'sha256') {
  return entry.hashes.find((hash) => hash.name === name && hash.algorithm === algorithm)?.hex;
}

export function entryRef(entry: BoundEntry | undefined) {
  return entry === undefined ? null : { log: entry.log, seq: entry.seq };
}
