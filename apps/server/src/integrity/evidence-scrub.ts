import { randomUUID } from 'node:crypto';
import type { EvidenceObjectRow } from '../evidence/evidence-objects.repository.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import type { DigestPool } from '../uploads/digest-pool.ts';
import { hashStoredObject, type ObjectHash } from './hash-object.ts';
import { clearEvidenceAlarms, raiseEvidenceAlarm, type AlarmDeps } from './raise-alarms.ts';
import {
  advance,
  claimScrub,
  finishPass,
  nextObjects,
  releaseScrub,
  startPass,
} from './scrub-state.repository.ts';
import { createThrottle } from './throttle.ts';

export interface EvidenceScrubDeps extends AlarmDeps {
  readonly store: EvidenceStore;
  readonly pool: DigestPool;
  /** The re-hash budget; 0: as fast as the disk goes. */
  readonly bytesPerSecond: number;
  /** A new pass begins this long after the last one finished. */
  readonly intervalMs: number;
  /** Names this server's claim on the scrub. */
  readonly owner?: string;
}

/** The rows holding these bytes that the bytes do not match (each row has its own digests). */
export function rowsNotMatching(objects: readonly EvidenceObjectRow[], found: ObjectHash) {
  return objects.filter(
    (object) =>
      found.kind === 'missing' ||
      found.sha256 !== object.sha256 ||
      found.sm3 !== object.sm3 ||
      found.sizeBytes !== object.sizeBytes,
  );
}

const LEASE_MS = 5 * 60_000;
const KEYS_PER_PAGE = 50;

export type ScrubOutcome = 'finished' | 'stopped' | 'idle' | 'busy';

/**
 * Re-hashes the evidence store (issue 14, hole 2), one storage key after another in key
 * order, at the configured pace. The cursor is stored after each key, so a restarted server
 * goes on where the last one stopped; a pass ends by recording its totals, and the next
 * begins `intervalMs` later. Returns when the pass is done, `limit` keys were checked, or
 * `signal` aborts (server shutting down).
 */
export async function runEvidenceScrub(
  deps: EvidenceScrubDeps,
  options: { readonly signal?: AbortSignal; readonly limit?: number } = {},
): Promise<ScrubOutcome> {
  const owner = deps.owner ?? randomUUID();
  const leaseUntil = () => new Date(deps.now().getTime() + LEASE_MS);
  let state = await claimScrub(deps.db, owner, deps.now(), leaseUntil());
  if (state === undefined) return 'busy';
  // A large object takes longer than the claim: keep renewing it while this server works.
  const renew = setInterval(() => {
    claimScrub(deps.db, owner, deps.now(), leaseUntil()).catch(() => {});
  }, LEASE_MS / 5);
  renew.unref();
  try {
    if (state.passStartedAt === null) {
      const last = state.lastPassFinishedAt?.getTime();
      if (last !== undefined && deps.now().getTime() - last < deps.intervalMs) return 'idle';
      await startPass(deps.db, deps.now());
      state = { ...state, cursor: null };
    }
    const throttle = createThrottle(deps.bytesPerSecond);
    let cursor = state.cursor;
    let done = 0;
    for (;;) {
      const page = await nextObjects(deps.db, cursor, KEYS_PER_PAGE);
      if (page.length === 0) break;
      for (const { storageKey, objects } of page) {
        if (options.signal?.aborted || (options.limit !== undefined && done >= options.limit)) {
          return 'stopped';
        }
        const found = await hashStoredObject(deps, storageKey, {
          throttle,
          ...(options.signal ? { signal: options.signal } : {}),
        }).catch((error: unknown) => {
          if (options.signal?.aborted) return undefined;
          throw error;
        });
        if (found === undefined) return 'stopped';
        const bad = rowsNotMatching(objects, found);
        if (bad.length > 0) await raiseEvidenceAlarm(deps, bad, found, 'scrub');
        await clearEvidenceAlarms(
          deps,
          objects.filter((object) => !bad.includes(object)),
        );
        await advance(deps.db, {
          cursor: storageKey,
          bytes: found.kind === 'hashed' ? found.sizeBytes : 0,
          failed: bad.length,
          at: deps.now(),
        });
        cursor = storageKey;
        done += 1;
      }
    }
    await finishPass(deps.db, deps.now());
    return 'finished';
  } finally {
    clearInterval(renew);
    await releaseScrub(deps.db, owner);
  }
}
