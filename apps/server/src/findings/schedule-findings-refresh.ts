import { sql } from 'drizzle-orm';
import { lockCase } from '../cases/cases.repository.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { unassignedFileIds } from '../station-import/imported-files.repository.ts';
import { refreshImportedFileFindings } from '../station-import/refresh-imported-file-findings.ts';
import { repeatInBackground } from '../background/repeat-in-background.ts';
import { retryTransient } from '../background/retry-transient.ts';
import { openCaseIds } from './findings.repository.ts';
import { refreshCaseFindings } from './refresh-findings.ts';

const BATCH = 200;

export interface FindingsRefreshLogger {
  error(object: unknown, message: string): void;
  warn?(object: unknown, message: string): void;
}

/** What the last run did: `failed` lists the subjects it could not refresh (tried again next run). */
export interface FindingsRefreshRun {
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly refreshed: number;
  readonly failed: readonly string[];
}

let lastRun: FindingsRefreshRun | undefined;

/** The last completed run in this process (health pages, tests); undefined before the first. */
export function lastFindingsRefresh(): FindingsRefreshRun | undefined {
  return lastRun;
}

/**
 * Recomputes the findings of every open case: a duty that was `due` yesterday is a
 * `violation` today without anyone touching the case. One server at a time per case (an
 * advisory lock); each case is its own short transaction which locks the case row first,
 * as every record write does, so the two never wait on each other in opposite orders.
 * A deadlock or serialization failure is retried; a case that still fails is logged by
 * its id and the run goes on: the next run tries it again.
 */
export async function runFindingsRefresh(
  db: Db,
  now: () => Date,
  logger: FindingsRefreshLogger = { error: () => {} },
): Promise<FindingsRefreshRun> {
  const startedAt = new Date();
  let refreshed = 0;
  const failed: string[] = [];
  const attempt = async (subject: string, key: string, work: (tx: DbOrTx) => Promise<void>) => {
    try {
      const done = await retryTransient(() => underLock(db, key, work), {
        onRetry: (error, attemptNumber, delayMs) =>
          logger.warn?.(
            { err: error, subject, attempt: attemptNumber, delayMs },
            'findings refresh: retrying after a transient database error',
          ),
      });
      if (done) refreshed += 1;
    } catch (error) {
      failed.push(subject);
      logger.error({ err: error, subject }, `findings refresh failed for ${subject}`);
    }
  };
  let after: string | undefined;
  for (;;) {
    const ids = await openCaseIds(db, after, BATCH);
    if (ids.length === 0) break;
    for (const id of ids) {
      await attempt(`case ${id}`, `findings:${id}`, async (tx) => {
        // The case row first: the order record writes lock in (records, AV, approvals).
        if ((await lockCase(tx, id)) === undefined) return;
        await refreshCaseFindings(tx, id, now());
      });
    }
    after = ids.at(-1);
  }
  // Docked files on no case have deadlines too (their own findings, not a case's).
  for (const id of await unassignedFileIds(db)) {
    await attempt(`imported file ${id}`, `findings:imported:${id}`, (tx) =>
      refreshImportedFileFindings(tx, id, now()),
    );
  }
  lastRun = { startedAt, finishedAt: new Date(), refreshed, failed };
  return lastRun;
}

/** How many subjects were refreshed (those another server held, or that failed, are not). */
export async function refreshAllFindings(
  db: Db,
  now: () => Date,
  logger?: FindingsRefreshLogger,
): Promise<number> {
  return (await runFindingsRefresh(db, now, logger)).refreshed;
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
  logger: FindingsRefreshLogger;
}): () => void {
  return repeatInBackground({
    intervalMs: options.intervalMs,
    // Soon after start too: deadlines may have passed while the server was down.
    firstDelayMs: 30_000,
    work: async () => {
      const run = await runFindingsRefresh(options.db, options.now, options.logger);
      if (run.failed.length > 0) {
        options.logger.error(
          { failed: run.failed, refreshed: run.refreshed },
          `findings refresh: ${run.failed.length} left for the next run`,
        );
      }
    },
    onError: (error) => options.logger.error({ err: error }, 'findings refresh failed'),
  });
}
