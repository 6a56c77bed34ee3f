import { describe, expect, it } from 'vitest';
import { IpRateLimiter } from './ip-rate-limiter.ts';

describe('IpRateLimiter', () => {
  it('allows the limit per window, then tells how long to wait', () => {
    const limiter = new IpRateLimiter(3, 60_000);
    expect([0, 1, 2].map(() => limiter.take('10.0.0.1', 1_000))).toEqual([0, 0, 0]);
    expect(limiter.take('10.0.0.1', 31_000)).toBe(30);
    expect(limiter.take('10.0.0.2', 31_000)).toBe(0);
    expect(limiter.take('10.0.0.1', 61_000)).toBe(0);
  });
});
