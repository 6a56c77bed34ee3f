import { describe, expect, it } from 'vitest';
import { isTransientDatabaseError, retryTransient, sqlStateOf } from './retry-transient.ts';

/** As drizzle throws it: the driver's error, with its SQLSTATE, as the cause. */
function failedQuery(code: string): Error {
  const cause = Object.assign(new Error('deadlock detected'), { code, severity: 'ERROR' });
  return Object.assign(new Error('Failed query: delete from case_findings'), { cause });
}

/** An operation that fails with the given errors, then succeeds. */
function failing(errors: Error[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    work: async () => {
      calls += 1;
      const error = errors[calls - 1];
      if (error) throw error;
      return 'done';
    },
  };
}

describe('retryTransient', () => {
  it('retries deadlocks and serialization failures, then succeeds', async () => {
    const delays: number[] = [];
    const operation = failing([failedQuery('40P01'), failedQuery('40001'), failedQuery('40P01')]);
    const result = await retryTransient(operation.work, {
      sleep: async (ms) => void delays.push(ms),
      random: () => 1,
    });
    expect(result).toBe('done');
    expect(operation.calls).toBe(4);
    // Exponential ceilings 20, 40, 80 ms.
    expect(delays).toEqual([20, 40, 80]);
  });

  it('jitters each wait between half the ceiling and the ceiling, never beyond the maximum', async () => {
    const delays: number[] = [];
    const operation = failing(Array.from({ length: 9 }, () => failedQuery('40P01')));
    await retryTransient(operation.work, {
      attempts: 10,
      baseDelayMs: 100,
      maxDelayMs: 1_000,
      sleep: async (ms) => void delays.push(ms),
      random: () => 0,
    });
    expect(delays).toEqual([50, 100, 200, 400, 500, 500, 500, 500, 500]);
  });

  it('gives up after the bounded number of attempts with the last error', async () => {
    const last = failedQuery('40P01');
    const operation = failing([failedQuery('40P01'), failedQuery('40P01'), last]);
    const retries: number[] = [];
    await expect(
      retryTransient(operation.work, {
        attempts: 3,
        sleep: async () => {},
        onRetry: (_error, attempt) => retries.push(attempt),
      }),
    ).rejects.toBe(last);
    expect(operation.calls).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('does not retry other errors', async () => {
    const unique = failedQuery('23505');
    const operation = failing([unique]);
    await expect(retryTransient(operation.work, { sleep: async () => {} })).rejects.toBe(unique);
    expect(operation.calls).toBe(1);
  });

  it('finds the SQLSTATE on the error or its cause', () => {
    expect(sqlStateOf(failedQuery('40001'))).toBe('40001');
    expect(isTransientDatabaseError(Object.assign(new Error('x'), { code: '40P01' }))).toBe(true);
    expect(isTransientDatabaseError(new Error('ECONNRESET'))).toBe(false);
    expect(isTransientDatabaseError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(
      false,
    );
  });
});
