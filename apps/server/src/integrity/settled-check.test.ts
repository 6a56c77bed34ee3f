import { describe, expect, it } from 'vitest';
import { settledCheck } from './ledger-targets.ts';

const entry = { log: 'agency-x', seq: 7 };
const missing = { problem: 'no ledger entry seals this row', entry: undefined };
const sealed = undefined; // a row that matches its entry has no check to report

describe('settledCheck: a seal in flight is not taken for a missing one', () => {
  it('reports nothing while the sealing event still waits in the outbox', async () => {
    let rechecked = false;
    const check = await settledCheck(
      missing,
      async () => true,
      async () => {
        rechecked = true;
        return missing;
      },
    );
    expect(check).toBeUndefined();
    expect(rechecked).toBe(false);
  });

  it('looks at the log again once the event has left the outbox (the sequencer moved it meanwhile)', async () => {
    // The first read missed the entry; by the time the outbox is read the sequencer has
    // moved the event into the log, so the second read finds the row sealed.
    expect(
      await settledCheck(
        missing,
        async () => false,
        async () => sealed,
      ),
    ).toBeUndefined();
  });

  it('still reports a row no entry seals, and a mismatch found against an entry as it is', async () => {
    expect(
      await settledCheck(
        missing,
        async () => false,
        async () => missing,
      ),
    ).toBe(missing);
    const altered = { problem: 'fields differ', entry };
    let outboxRead = false;
    const check = await settledCheck(
      altered,
      async () => {
        outboxRead = true;
        return true;
      },
      async () => undefined,
    );
    expect(check).toBe(altered);
    expect(outboxRead).toBe(false);
  });
});
