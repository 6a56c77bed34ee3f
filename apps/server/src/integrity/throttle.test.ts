import { describe, expect, it } from 'vitest';
import { createThrottle } from './throttle.ts';

const MiB = 1024 * 1024;

/** A clock that moves only when the throttle sleeps: what it asks for is what it would wait. */
function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    timing: {
      clock: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
    },
  };
}

describe('the re-hash pace', () => {
  it('waits so that the bytes read never run ahead of the budget', async () => {
    const time = fakeTime();
    const throttle = createThrottle(8 * MiB, time.timing);
    for (let i = 0; i < 16; i++) await throttle.take(MiB);
    // 16 MiB at 8 MiB/s: two seconds of waiting in all, an eighth of a second per MiB.
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeCloseTo(2000, 5);
    expect(time.slept.every((ms) => ms <= 125 + 1e-9)).toBe(true);
  });

  it('with a budget of 0 never waits (a copy someone is waiting for)', async () => {
    const time = fakeTime();
    const throttle = createThrottle(0, time.timing);
    await throttle.take(1024 * MiB);
    expect(time.slept).toEqual([]);
  });
});
