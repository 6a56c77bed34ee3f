import type { Db } from '../db/database.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { repeatInBackground } from '../background/repeat-in-background.ts';
import { createDigestPool } from '../uploads/digest-pool.ts';
import { runEvidenceScrub } from './evidence-scrub.ts';
import { createIntegrityGuard } from './require-intact.ts';
import { runRowCheck } from './row-check.ts';

export interface IntegrityOptions {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly now: () => Date;
  readonly logger: {
    error(object: unknown, message: string): void;
    info(object: unknown, message: string): void;
  };
  /** EVIDENCE_SCRUB_BYTES_PER_SECOND. */
  readonly bytesPerSecond: number;
  /** EVIDENCE_SCRUB_INTERVAL_HOURS: pause between passes; 0 turns the evidence scrub off. */
  readonly evidenceIntervalMs: number;
  /** How often every sealed row is compared with the ledger (the ledger scrub's interval). */
  readonly rowIntervalMs: number;
}

/** How often a server looks whether a pass is due or one stopped half-way is to go on. */
const TICK_MS = 60_000;

/**
 * Re-proving the originals (issue 14): the guard copies and exports go through, the
 * scheduled evidence re-hash and row check. Its hashing threads start on first use.
 */
export function createIntegrity(options: IntegrityOptions) {
  // Two threads of its own: a scrub never waits behind an upload's hashing, nor delays it.
  const pool = createDigestPool({ size: 2 });
  const deps = { ...options, pool };
  const guard = createIntegrityGuard(deps);
  const stopping = new AbortController();

  return {
    guard,
    runRowCheck: () => runRowCheck(deps),
    runEvidenceScrub: (run: { limit?: number; signal?: AbortSignal } = {}) =>
      runEvidenceScrub(
        { ...deps, intervalMs: options.evidenceIntervalMs },
        { ...run, signal: run.signal ?? stopping.signal },
      ),

    /** Starts the timers; returns the function that stops them (and an evidence pass). */
    schedule(): () => void {
      const stopRows = repeatInBackground({
        intervalMs: options.rowIntervalMs,
        firstDelayMs: 90_000,
        work: async () => {
          const result = await runRowCheck(deps);
          if (result.mismatches.length === 0) {
            options.logger.info({ rows: result.rowsChecked }, 'row check passed');
          }
        },
        onError: (error) => options.logger.error({ err: error }, 'row check failed to run'),
      });
      const stopEvidence = repeatInBackground({
        intervalMs: options.evidenceIntervalMs > 0 ? TICK_MS : 0,
        firstDelayMs: TICK_MS,
        work: async () => {
          const outcome = await runEvidenceScrub(
            { ...deps, intervalMs: options.evidenceIntervalMs },
            { signal: stopping.signal },
          );
          if (outcome === 'finished') options.logger.info({}, 'evidence scrub pass finished');
        },
        onError: (error) => options.logger.error({ err: error }, 'evidence scrub failed to run'),
      });
      return () => {
        stopping.abort();
        stopRows();
        stopEvidence();
      };
    },

    async close() {
      stopping.abort();
      await pool.close();
    },
  };
}
export type Integrity = ReturnType<typeof createIntegrity>;
