import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database.ts';
import { unassignedFileIds } from '../station-import/imported-files.repository.ts';
import { refreshImportedFileFindings } from '../station-import/refresh-imported-file-findings.ts';
import { repeatInBackground } from '../background/repeat-in-background.ts';
import { openCaseIds } from './findings.repository.ts';
import { refreshCaseFindings } from './refresh-findings.ts';

const BATCH = 200;

/**
 * Recomputes the findings of every open case: a duty that was `due` yesterday is a
 * `violation` today without anyone touching the case. One server at a time does it (an
 * advisory lock per batch); each case is its own short transaction.
 */
export async function refreshAllFindings(db: Db, now: () => Date): Promise<number> {
  let refreshed = 0;
  let after: string | undefined;
  for (;;) {
    const ids = await openCaseIds(db, after, BATCH);
    if (ids.length === 0) break;
    for (const id of ids) {
      if (await underLock(db, `findings:${id}`, (tx) => refreshCaseFindings(tx, id, now()))) {
        refreshed += 1;
      }
    }
    after = ids.at(-1);
  }
  // Docked files on no case have deadlines too (their own findings, not a case's).
  for (const id of await unassignedFileIds(db)) {
    const work = (tx: DbOrTx) => refreshImportedFileFindings(tx, id, now());
    if (await underLock(db, `findings:imported:${id}`, work)) refreshed += 1;
  }
  return refreshed;
}

/** One server at a time per subject; false when another holds it. */
async function underLock(db: Db, key: string, work: (tx: DbOrTx) => Promise<void>) {
  return db.transaction(async (tx) => {
    const lock = await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${key})) as ok`);
    if (!(lock as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok) return false;
    await work(tx);
    return true;
  });
}

export function scheduleFindingsRefresh(options: {
  db: Db;
  intervalMs: number;
  now: () => Date;
  logger: { error(object: unknown, message: string): void };
}): () => void {
  return repeatInBackground({
    intervalMs: options.intervalMs,
    // Soon after start too: deadlines may have passed while the server was down.
    firstDelayMs: 30_000,
    work: () => refreshAllFindings(options.db, options.now),
    onError: (error) => options.logger.error({ err: error }, 'findings refresh failed'),
  });
}
