import { appendLeaves, canonicalJson, frontierNodes, hashLeaf, type Digest } from '@liuhen/domain';
import type { Db, DbOrTx } from '../db/database.ts';
import { agencyOfLog } from './log-id.ts';
import * as repository from './ledger.repository.ts';
import { entryAt, type PreparedEvent } from './prepared-event.ts';
import { STORED_NODE_MIN_LEVEL, loadNodes } from './stored-tree.ts';

interface Waiting {
  readonly event: PreparedEvent;
  readonly resolve: (position: { logId: string; seq: number }) => void;
  readonly reject: (error: unknown) => void;
}

/** A batch taken from the queue and encoded before its transaction began. */
interface Ahead {
  readonly waiting: Waiting[];
  readonly firstSeq: number;
  readonly rows: repository.NewEntryRow[];
}

interface TreeState {
  readonly size: number;
  readonly frontier: readonly Uint8Array[];
}

export interface SequencerOptions {
  readonly db: Db;
  readonly digest: Digest;
  /** Events per transaction; bigger batches amortise the lock and the round trips. */
  readonly batchSize?: number;
  /** How long appends may gather before a flush starts. */
  readonly gatherMs?: number;
  readonly onError: (error: unknown) => void;
}

/**
 * The only writer of the ledger. Events wait in memory (appends with no business
 * transaction) or in the outbox table (recorded inside one); a flush takes the log's
 * advisory lock, gives them consecutive sequence numbers, and inserts entries and newly
 * completed subtree hashes in one transaction. Several servers can run one each: the lock
 * serialises them and each re-reads the tree's right edge when another has appended.
 */
export function createSequencer({
  db,
  digest,
  batchSize = 5_000,
  gatherMs = 2,
  onError,
}: SequencerOptions) {
  const queues = new Map<string, Waiting[]>();
  const states = new Map<string, TreeState>();
  const knownLogs = new Set<string>();
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function ensureLog(tx: DbOrTx, logId: string) {
    if (knownLogs.has(logId)) return;
    await repository.ensureLog(tx, {
      logId,
      agencyId: agencyOfLog(logId),
      hashAlgorithm: digest.algorithm,
    });
    const log = await repository.findLog(tx, logId);
    if (log && log.hashAlgorithm !== digest.algorithm) {
      throw new Error(
        `ledger ${logId} uses ${log.hashAlgorithm}; this server is configured for ${digest.algorithm}`,
      );
    }
    knownLogs.add(logId);
  }

  async function readState(tx: DbOrTx, logId: string): Promise<TreeState> {
    const size = await repository.logSize(tx, logId);
    const cached = states.get(logId);
    if (cached && cached.size === size) return cached;
    const refs = frontierNodes(size);
    const lookup = await loadNodes(tx, digest, logId, refs);
    return { size, frontier: refs.map((ref) => lookup(ref.level, ref.index)) };
  }

  /** Entry rows for events that will take sequence numbers from `firstSeq` on. */
  function entryRows(
    logId: string,
    firstSeq: number,
    events: readonly PreparedEvent[],
  ): repository.NewEntryRow[] {
    return events.map((event, i) => {
      const entry = entryAt(logId, firstSeq + i, event);
      const body = canonicalJson(entry);
      return {
        logId,
        seq: entry.seq,
        body,
        leafHash: hashLeaf(digest, body),
        action: entry.action,
        actorId: entry.actor.type === 'user' ? entry.actor.id : null,
        target: entry.target ? `${entry.target.type}:${entry.target.id}` : null,
        recordedAt: new Date(entry.time),
      };
    });
  }

  /**
   * One batch in one transaction. While the database stores it, the next batch from the
   * queue is already encoded and hashed on the guess that nobody else appends meanwhile;
   * the guess is checked under the lock and the work redone when it was wrong.
   */
  async function flushLog(logId: string, ahead?: Ahead): Promise<{ moved: number; ahead?: Ahead }> {
    const waiting = ahead?.waiting ?? queues.get(logId)?.splice(0, batchSize) ?? [];
    let committed: TreeState | undefined;
    let firstSeq = 0;
    let next: Ahead | undefined;
    try {
      const moved = await db.transaction(async (tx) => {
        await ensureLog(tx, logId);
        await repository.lockLog(tx, logId);
        const state = await readState(tx, logId);
        const outbox = await repository.claimOutbox(
          tx,
          logId,
          Math.max(0, batchSize - waiting.length),
        );
        if (outbox.length + waiting.length === 0) return 0;

        firstSeq = state.size;
        const rows =
          outbox.length === 0 && ahead?.firstSeq === state.size
            ? ahead.rows
            : entryRows(logId, state.size, [
                ...outbox.map((row) => row.event as PreparedEvent),
                ...waiting.map((w) => w.event),
              ]);
        // The entries go on the wire first; the tree and the next batch are computed while
        // the database stores them (setImmediate lets the event loop send the statement).
        const storingEntries = repository.insertEntries(tx, rows);
        storingEntries.catch(() => {}); // awaited below; a throw before then must not leak it
        await new Promise((resolve) => setImmediate(resolve));
        const appended = appendLeaves(
          digest,
          state.frontier,
          state.size,
          rows.map((row) => row.leafHash),
        );
        const nextWaiting = queues.get(logId)?.splice(0, batchSize) ?? [];
        if (nextWaiting.length > 0) {
          next = {
            waiting: nextWaiting,
            firstSeq: appended.size,
            rows: entryRows(
              logId,
              appended.size,
              nextWaiting.map((w) => w.event),
            ),
          };
        }
        await storingEntries;
        await repository.insertNodes(
          tx,
          appended.completedNodes
            .filter((node) => node.level >= STORED_NODE_MIN_LEVEL)
            .map((node) => ({ logId, level: node.level, index: node.index, hash: node.hash })),
        );
        await repository.deleteOutbox(
          tx,
          outbox.map((row) => row.id),
        );
        committed = { size: appended.size, frontier: appended.frontier };
        return rows.length;
      });
      if (committed) states.set(logId, committed);
      const outboxCount = moved - waiting.length;
      waiting.forEach((w, i) => w.resolve({ logId, seq: firstSeq + outboxCount + i }));
      return { moved, ...(next ? { ahead: next } : {}) };
    } catch (error) {
      states.delete(logId);
      waiting.forEach((w) => w.reject(error));
      // The batch prepared ahead goes back to the front of the queue for the next flush.
      if (next) queues.set(logId, [...next.waiting, ...(queues.get(logId) ?? [])]);
      throw error;
    }
  }

  async function flushOnce(): Promise<void> {
    const logs = new Set(
      [...queues.keys()].filter((logId) => (queues.get(logId)?.length ?? 0) > 0),
    );
    for (const logId of await repository.logsWithWaitingEvents(db)) logs.add(logId);
    for (const logId of logs) {
      let result = await flushLog(logId);
      while (result.moved > 0 || result.ahead) result = await flushLog(logId, result.ahead);
    }
  }

  /** Sequences everything waiting now; resolves when it is committed. */
  async function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await flushOnce();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  function kick() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      flush().catch(onError);
    }, gatherMs);
  }

  return {
    /** Appends an event that accompanies no database change (a read, a failed login). */
    append(logId: string, event: PreparedEvent): Promise<{ logId: string; seq: number }> {
      return new Promise((resolve, reject) => {
        const queue = queues.get(logId) ?? [];
        queue.push({ event, resolve, reject });
        queues.set(logId, queue);
        kick();
      });
    },
    /** Call after committing a transaction that recorded events in the outbox. */
    kick,
    flush,
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await flush();
    },
  };
}

export type Sequencer = ReturnType<typeof createSequencer>;
