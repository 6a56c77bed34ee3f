import type { DigestPool, DigestSession } from './digest-pool.ts';

/** How long the running hash of a paused upload is kept before it is recomputed from disk. */
export const DIGEST_IDLE_MS = 10 * 60_000;

/** The right to touch one upload's part file, held by one request at a time. */
export interface UploadLease {
  /**
   * The running hash at `durableOffset`: the one kept from the last request when it is
   * exactly there, otherwise a new one that first hashes the durable prefix from disk (after
   * a restart, or when the last request failed half-way).
   */
  digestAt(partPath: string, durableOffset: number): DigestSession;
  /** Drops the running hash (it finished, or may not match the disk any more). */
  discardDigest(): void;
  release(): void;
}

/**
 * What the server remembers between requests of an upload: whether a request is working on
 * it, and its running hash. Process memory on purpose: part files are local to this server,
 * and after a restart both the lock and the hash are rebuilt from the disk and the database.
 */
export function createUploadSessions(pool: DigestPool, idleMs = DIGEST_IDLE_MS) {
  const entries = new Map<
    string,
    { locked: boolean; digest?: DigestSession; timer?: NodeJS.Timeout }
  >();

  function drop(uploadId: string) {
    const entry = entries.get(uploadId);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    entry.digest?.close();
    entries.delete(uploadId);
  }

  return {
    isLocked(uploadId: string): boolean {
      return entries.get(uploadId)?.locked === true;
    },

    /** The lease, or undefined when another request holds it. */
    tryLock(uploadId: string): UploadLease | undefined {
      let entry = entries.get(uploadId);
      if (entry?.locked) return undefined;
      if (entry === undefined) {
        entry = { locked: true };
        entries.set(uploadId, entry);
      }
      entry.locked = true;
      clearTimeout(entry.timer);
      const held = entry;
      let released = false;
      return {
        digestAt(partPath, durableOffset) {
          const kept = held.digest;
          if (kept && kept.failure === undefined && kept.hashedBytes === durableOffset) return kept;
          kept?.close();
          held.digest = pool.open(
            durableOffset > 0 ? { path: partPath, length: durableOffset } : undefined,
          );
          return held.digest;
        },
        discardDigest() {
          held.digest?.close();
          delete held.digest;
        },
        release() {
          if (released) return;
          released = true;
          held.locked = false;
          if (entries.get(uploadId) !== held) return;
          if (held.digest === undefined) {
            entries.delete(uploadId);
            return;
          }
          held.timer = setTimeout(() => drop(uploadId), idleMs);
          held.timer.unref();
        },
      };
    },

    close() {
      for (const uploadId of [...entries.keys()]) drop(uploadId);
    },
  };
}

export type UploadSessions = ReturnType<typeof createUploadSessions>;
