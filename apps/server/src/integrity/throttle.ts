import { setTimeout as sleep } from 'node:timers/promises';

export interface ThrottleTiming {
  readonly clock?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<unknown>;
}

/**
 * Paces a reader to a bytes-per-second budget so a re-hash never takes the disk from
 * uploads: after each chunk it sleeps until the bytes so far fit the budget. Unlimited
 * when `bytesPerSecond` is 0 (a copy someone waits for, the command line).
 */
export function createThrottle(bytesPerSecond: number, timing: ThrottleTiming = {}) {
  const clock = timing.clock ?? (() => performance.now());
  const pause =
    timing.sleep ??
    ((ms: number, signal?: AbortSignal) => sleep(ms, undefined, signal ? { signal } : {}));
  let started = clock();
  let taken = 0;
  return {
    async take(bytes: number, signal?: AbortSignal): Promise<void> {
      if (bytesPerSecond <= 0) return;
      taken += bytes;
      const dueMs = (taken / bytesPerSecond) * 1000;
      const waitMs = dueMs - (clock() - started);
      if (waitMs > 1) await pause(waitMs, signal);
      // Idle time between objects earns no burst later: keep the window short.
      if (taken > bytesPerSecond * 4) {
        started = clock();
        taken = 0;
      }
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;
