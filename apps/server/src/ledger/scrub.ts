import { desc } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { ledgerScrubs } from '../db/schema.ts';
import { verifyAllLogs } from './verification.ts';
import { repeatInBackground } from '../background/repeat-in-background.ts';

export type ScrubRow = typeof ledgerScrubs.$inferSelect;

/**
 * Re-verifies every log from the database and keeps the result. A failed run is an alarm:
 * the health endpoint reports it and it is logged at error level until a later run passes.
 */
export async function runScrub(db: Db, now: () => Date): Promise<ScrubRow> {
  const startedAt = now();
  const results = await verifyAllLogs(db);
  const failed = results.find((result) => !result.ok);
  const [row] = await db
    .insert(ledgerScrubs)
    .values({
      startedAt,
      finishedAt: now(),
      ok: !failed,
      entriesChecked: results.reduce((sum, result) => sum + result.entries, 0),
      failedLogId: failed?.logId ?? null,
      failedSeq: failed?.failedSeq ?? null,
      message: failed?.problem ?? null,
    })
    .returning();
  return row!;
}

export async function latestScrub(db: Db): Promise<ScrubRow | undefined> {
  const [row] = await db.select().from(ledgerScrubs).orderBy(desc(ledgerScrubs.id)).limit(1);
  return row;
}

export function scheduleScrub(options: {
  db: Db;
  intervalMs: number;
  now: () => Date;
  logger: {
    error(object: unknown, message: string): void;
    info(object: unknown, message: string): void;
  };
}): () => void {
  return repeatInBackground({
    intervalMs: options.intervalMs,
    // A first run soon after start, so a restarted server reports its ledger within a minute.
    firstDelayMs: 60_000,
    work: async () => {
      const row = await runScrub(options.db, options.now);
      if (row.ok) options.logger.info({ entries: row.entriesChecked }, 'ledger scrub passed');
      else options.logger.error({ scrub: row }, 'ALARM: ledger scrub found tampering');
    },
    onError: (error) => options.logger.error({ err: error }, 'ledger scrub failed to run'),
  });
}
