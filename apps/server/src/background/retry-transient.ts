/**
 * Retries work that PostgreSQL aborted only because of other work running at the same
 * time: serialization_failure (40001) and deadlock_detected (40P01). Such a transaction
 * was rolled back whole, so running it again is safe; any other error is final.
 */

const TRANSIENT_SQLSTATES = new Set(['40001', '40P01']);

/** The SQLSTATE of an error or of one of its causes (drizzle wraps the driver's error). */
export function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isTransientDatabaseError(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && TRANSIENT_SQLSTATES.has(state);
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Injected by tests: the wait, and the random source of the jitter. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Called before each new attempt (the log says how contended the database is). */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work`, again after a transient failure, waiting a random time up to an exponentially
 * growing ceiling ("full jitter"), so that two transactions that deadlocked do not meet again
 * at the same moment. Throws the last error when the attempts are spent.
 */
export async function retryTransient<T>(
  work: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 20;
  const max = options.maxDelayMs ?? 1_000;
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientDatabaseError(error)) throw error;
      const ceiling = Math.min(max, base * 2 ** (attempt - 1));
      const delayMs = Math.round(ceiling / 2 + (random() * ceiling) / 2);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
