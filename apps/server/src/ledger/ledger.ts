import type { HashAlgorithm } from '@liuhen/domain';
import type { Db, DbOrTx } from '../db/database.ts';
import { createCheckpointer } from './checkpointer.ts';
import { digestFor } from './digests.ts';
import { insertKey, insertOutbox } from './ledger.repository.ts';
import { logIdFor } from './log-id.ts';
import { prepareEvent, type EventInput } from './prepared-event.ts';
import { createSequencer } from './sequencer.ts';
import type { Signer } from './signing/index.ts';

export interface LedgerOptions {
  readonly db: Db;
  readonly hashAlgorithm: HashAlgorithm;
  readonly signer: Signer;
  readonly now: () => Date;
  readonly logger: { error(object: unknown, message: string): void };
  /** How often waiting events are swept and checkpoints signed. */
  readonly intervalMs?: number;
}

/** What a module's transaction gets: record an event that commits with it. */
export type RecordEvent = (input: EventInput) => Promise<void>;

/**
 * The tamper-evident ledger: every act and every read becomes a leaf of an append-only
 * Merkle log (one per agency), with signed checkpoints. Modules call `transaction` for
 * acts that change the database (the event commits with the change) and `append` for
 * acts that do not (a read, a failed login).
 */
export function createLedger(options: LedgerOptions) {
  const { db, signer, now, logger } = options;
  const digest = digestFor(options.hashAlgorithm);
  const sequencer = createSequencer({
    db,
    digest,
    onError: (error) => logger.error({ err: error }, 'ledger: sequencing failed'),
  });
  const checkpointer = createCheckpointer({
    db,
    digest,
    signer,
    now,
    onInconsistency: (logId, error) =>
      logger.error(
        { err: error, logId },
        'ledger: tree inconsistent with its last checkpoint; not signed',
      ),
  });
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;

  async function recordIn(tx: DbOrTx, input: EventInput) {
    await insertOutbox(tx, logIdFor(input.agencyId), prepareEvent(input, now()));
  }

  return {
    digest,
    signer,

    /** Runs `work` in a transaction whose recorded events commit (or roll back) with it. */
    async transaction<T>(work: (tx: DbOrTx, record: RecordEvent) => Promise<T>): Promise<T> {
      let recorded = false;
      const result = await db.transaction((tx) =>
        work(tx, async (input) => {
          recorded = true;
          await recordIn(tx, input);
        }),
      );
      if (recorded) sequencer.kick();
      return result;
    },

    /**
     * Records an act that changes nothing else; resolves once it has its place in the log.
     * Never await it inside a transaction: on PGlite the sequencer would wait for that
     * transaction's connection, which waits for the sequencer. Use `transaction` there.
     */
    async append(input: EventInput) {
      return sequencer.append(logIdFor(input.agencyId), prepareEvent(input, now()));
    },

    /** Sequences everything waiting and signs checkpoints now (tests, shutdown, CLI). */
    async settle() {
      await sequencer.flush();
      await checkpointer.checkpointAll();
    },

    flush: () => sequencer.flush(),
    checkpointAll: () => checkpointer.checkpointAll(),

    async start() {
      await insertKey(db, {
        keyId: signer.keyId,
        algorithm: signer.algorithm,
        publicKey: signer.publicKey,
      });
      const interval = options.intervalMs ?? 1000;
      if (interval <= 0) return; // the caller settles by hand (tests, the command line)
      // Two independent loops: a long drain of waiting events must not hold back the
      // once-a-second checkpoint, and the sweep picks up outbox rows of crashed servers.
      repeat(interval, () => checkpointer.checkpointAll(), 'checkpoint');
      repeat(interval, () => sequencer.flush(), 'sweep');
    },

    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled(running);
      // Whatever could not be sequenced now stays in the outbox for the next start.
      await sequencer.stop().catch((error: unknown) => {
        logger.error({ err: error }, 'ledger: final flush failed');
      });
    },
  };

  function repeat(intervalMs: number, work: () => Promise<unknown>, name: string) {
    const schedule = () => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        const run = work()
          .catch((error: unknown) => logger.error({ err: error }, `ledger: ${name} failed`))
          .finally(() => {
            running.delete(run);
            if (!stopped) schedule();
          });
        running.add(run);
      }, intervalMs);
      timer.unref();
      timers.add(timer);
    };
    schedule();
  }
}

export type Ledger = ReturnType<typeof createLedger>;
