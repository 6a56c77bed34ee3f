/**
 * A fixed-window counter per client address, in memory. Several servers behind a load
 * balancer each keep their own; the per-name lockout in the database is the firm limit.
 */
export class IpRateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(limit: number, windowMs: number) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Returns the seconds to wait, or 0 when the attempt may go ahead. */
  take(ip: string, nowMs: number): number {
    if (this.#windows.size > 10_000) this.#evict(nowMs);
    const window = this.#windows.get(ip);
    if (!window || nowMs - window.start >= this.#windowMs) {
      this.#windows.set(ip, { start: nowMs, count: 1 });
      return 0;
    }
    window.count += 1;
    if (window.count <= this.#limit) return 0;
    return Math.ceil((window.start + this.#windowMs - nowMs) / 1000);
  }

  #evict(nowMs: number) {
    for (const [ip, window] of this.#windows) {
      if (nowMs - window.start >= this.#windowMs) this.#windows.delete(ip);
    }
  }
}
