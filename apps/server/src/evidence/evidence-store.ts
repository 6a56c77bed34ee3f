import type { Readable } from 'node:stream';

/**
 * The evidence store (专用存储器, 004 第十八条): where recordings and attachments live,
 * content-addressed and write-once. Adapters: filesystem (default) and S3 with Object Lock.
 * Nothing here knows about cases; the database says what an object is and who stored it.
 */
export interface EvidenceStoreStatus {
  readonly kind: EvidenceStoreKind;
  readonly status: 'ok' | 'unavailable';
  readonly detail?: string;
}

export type EvidenceStoreKind = 'filesystem' | 's3';

/** A complete file, already hashed and verified by the caller, ready to become an object. */
export interface CommitSource {
  /** A local file the store may consume (it is removed once committed). */
  readonly path: string;
  /** Lower-case hex SHA-256 of the file: the object's content address. */
  readonly sha256: string;
  readonly sizeBytes: number;
  /** Kept at least until then (S3 Object Lock retain-until); absent: the store's default. */
  readonly retainUntil?: Date;
}

export interface CommitResult {
  readonly key: string;
  /** False when these exact bytes were already stored (the existing object is kept). */
  readonly created: boolean;
}

/** An inclusive byte range, as in an HTTP Range header. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

export interface EvidenceStore {
  readonly kind: EvidenceStoreKind;
  status(): Promise<EvidenceStoreStatus>;
  /**
   * Makes `source` an object under its content address. Never overwrites: when the address
   * is taken by the same bytes the existing object stays and `created` is false; when it is
   * taken by different bytes (a false hash) it throws `EvidenceObjectConflictError` and the
   * existing object is untouched. Returns only once the object is durable.
   */
  commit(source: CommitSource): Promise<CommitResult>;
  /** The object's bytes, or a range of them. Throws `EvidenceObjectMissingError`. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** The object's size, or undefined when there is no such object. */
  stat(key: string): Promise<{ readonly sizeBytes: number } | undefined>;
  /**
   * Where the object lies on this machine, for tools that read a file (ffmpeg making a
   * copy): only stores that keep objects as local files have it. Read-only (mode 0444).
   */
  localPath?(key: string): string;
}

/** The content address of bytes with this SHA-256, the same in every adapter. */
export function evidenceKeyOf(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a lower-case SHA-256: ${sha256}`);
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

export class EvidenceObjectConflictError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`the evidence store already holds different bytes under ${key}; nothing was written`);
    this.key = key;
    this.name = 'EvidenceObjectConflictError';
  }
}

export class EvidenceObjectMissingError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`the evidence store has no object ${key}`);
    this.key = key;
    this.name = 'EvidenceObjectMissingError';
  }
}
