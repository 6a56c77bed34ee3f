import { createHash } from 'node:crypto';
import { stat, unlink } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectLegalHoldCommand,
  PutObjectRetentionCommand,
  S3Client,
  type HeadObjectCommandOutput,
} from '@aws-sdk/client-s3';
import {
  EvidenceObjectConflictError,
  EvidenceObjectMissingError,
  evidenceKeyOf,
  type ByteRange,
  type CommitResult,
  type CommitSource,
  type EvidenceStore,
  type EvidenceStoreStatus,
} from './evidence-store.ts';
import { checkBucketReachable, checkObjectLock, type BucketCheck } from './s3-bucket-check.ts';
import { isConditionalWriteRefused, isMissingObject } from './s3-errors.ts';
import { SINGLE_PUT_MAX_BYTES, putFileAsLockedObject, sha256OfFile } from './s3-put-file.ts';

const DAY_MS = 86_400_000;
const DEFAULT_PART_SIZE_BYTES = 64 * 1024 ** 2;

/** Something to add to the SDK client's middleware stack (request logs; tests capture requests). */
export type S3ClientMiddleware = Parameters<S3Client['middlewareStack']['use']>[0];

export interface S3EvidenceStoreOptions {
  /** An S3-compatible service (MinIO, Ceph RGW, 阿里云 OSS, 华为 OBS); absent: AWS S3. */
  readonly endpoint?: string;
  readonly region: string;
  readonly bucket: string;
  /** Absent: the SDK's default chain (AWS_* variables, profile, instance role). */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly forcePathStyle?: boolean;
  /** Retention of an object whose commit names no retain-until date. */
  readonly defaultRetentionDays: number;
  /**
   * Tests only (s3rver has no Object Lock): accept a bucket without it. No configuration
   * variable sets this, so a deployment cannot store evidence in a bucket that allows deletes.
   */
  readonly allowWithoutObjectLock?: boolean;
  /** Files above this go up in parts (default and maximum: S3's single-PUT limit, 5 GiB). */
  readonly multipartThresholdBytes?: number;
  readonly partSizeBytes?: number;
  readonly middleware?: readonly S3ClientMiddleware[];
  readonly now?: () => Date;
}

export interface S3EvidenceStore extends EvidenceStore {
  readonly kind: 's3';
  /**
   * Puts a legal hold on an object (on) or lifts it (off): while held, the object cannot be
   * deleted even after its retain-until date (litigation, review). The service lets anyone
   * with s3:PutObjectLegalHold do both, so who may call this is decided by the caller.
   * Throws `EvidenceObjectMissingError`.
   */
  legalHold(key: string, on: boolean): Promise<void>;
}

type Occupant =
  | { readonly kind: 'free' }
  | { readonly kind: 'same'; readonly head: HeadObjectCommandOutput }
  | { readonly kind: 'other' };

function isContentAddress(key: string): boolean {
  const digest = key.split('/').at(-1) ?? '';
  return /^[0-9a-f]{64}$/.test(digest) && evidenceKeyOf(digest) === key;
}

/**
 * The S3 adapter: every object is written once, under its content address, in Object Lock
 * compliance mode with a retain-until date, so that nobody — not this server, not an
 * administrator, not the account's root user — can delete or overwrite it before that date.
 * The service checks the SHA-256 of what it receives; `If-None-Match: *` makes it refuse a
 * write over an existing key even when two servers race for the same address.
 */
export async function openS3EvidenceStore(
  options: S3EvidenceStoreOptions,
): Promise<S3EvidenceStore> {
  const { bucket } = options;
  const now = options.now ?? (() => new Date());
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    forcePathStyle: options.forcePathStyle ?? false,
  });
  for (const middleware of options.middleware ?? []) client.middlewareStack.use(middleware);
  const multipartThresholdBytes = Math.min(
    options.multipartThresholdBytes ?? SINGLE_PUT_MAX_BYTES,
    SINGLE_PUT_MAX_BYTES,
  );
  const partSizeBytes = options.partSizeBytes ?? DEFAULT_PART_SIZE_BYTES;

  // Object Lock cannot be turned off once on, so a yes is kept; a no or a failure is asked
  // again, since a bucket can be given Object Lock later and a network can come back.
  let objectLockConfirmed = false;
  async function objectLock(): Promise<BucketCheck> {
    if (objectLockConfirmed || options.allowWithoutObjectLock) return { ok: true };
    const check = await checkObjectLock(client, bucket);
    objectLockConfirmed = check.ok;
    return check;
  }
  await objectLock();

  async function occupantOf(key: string, source: CommitSource): Promise<Occupant> {
    let head: HeadObjectCommandOutput;
    try {
      head = await client.send(
        new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }),
      );
    } catch (error) {
      if (isMissingObject(error)) return { kind: 'free' };
      throw error;
    }
    if (head.ContentLength !== source.sizeBytes || head.Metadata?.['sha256'] !== source.sha256) {
      return { kind: 'other' };
    }
    // Same bytes means: our file has this digest, and so has the object. Either may be false
    // (a caller's wrong hash; a writer's wrong label), and a false "same" would drop evidence.
    const fileDigest = (await sha256OfFile(source.path)).toString('hex');
    const same =
      fileDigest === source.sha256 && (await holdsBytesWithDigest(key, head, source.sha256));
    return same ? { kind: 'same', head } : { kind: 'other' };
  }

  /**
   * Whether the object really has this SHA-256. Metadata is only what some writer said: the
   * service's own whole-object digest decides when it keeps one (a single PUT with a
   * SHA-256); without it (multipart, another writer) the object is read back and hashed.
   * Rare: only when the same bytes are committed twice.
   */
  async function holdsBytesWithDigest(
    key: string,
    head: HeadObjectCommandOutput,
    sha256: string,
  ): Promise<boolean> {
    const serviceDigest = head.ChecksumSHA256;
    if (
      serviceDigest !== undefined &&
      head.ChecksumType !== 'COMPOSITE' &&
      !serviceDigest.includes('-')
    ) {
      return serviceDigest === Buffer.from(sha256, 'hex').toString('base64');
    }
    const hash = createHash('sha256');
    for await (const chunk of await read(key)) hash.update(chunk as Buffer);
    return hash.digest('hex') === sha256;
  }

  /** The same bytes are already stored: keep them, locked at least as long as asked. */
  async function keepExisting(
    key: string,
    source: CommitSource,
    head: HeadObjectCommandOutput,
    retainUntil: Date,
  ): Promise<CommitResult> {
    const lockedUntil = head.ObjectLockRetainUntilDate;
    // Only a date the service reports can be extended; compliance mode allows extending,
    // never shortening.
    if (lockedUntil !== undefined && lockedUntil.getTime() < retainUntil.getTime()) {
      await client.send(
        new PutObjectRetentionCommand({
          Bucket: bucket,
          Key: key,
          Retention: { Mode: 'COMPLIANCE', RetainUntilDate: retainUntil },
        }),
      );
    }
    await unlink(source.path);
    return { key, created: false };
  }

  async function commit(source: CommitSource): Promise<CommitResult> {
    const lock = await objectLock();
    if (!lock.ok) throw new Error(lock.detail);
    const key = evidenceKeyOf(source.sha256);
    const onDisk = await stat(source.path);
    if (onDisk.size !== source.sizeBytes) {
      throw new Error(`${source.path} holds ${onDisk.size} bytes, not ${source.sizeBytes}`);
    }
    const retainUntil =
      source.retainUntil ?? new Date(now().getTime() + options.defaultRetentionDays * DAY_MS);

    const before = await occupantOf(key, source);
    if (before.kind === 'other') throw new EvidenceObjectConflictError(key);
    if (before.kind === 'same') return keepExisting(key, source, before.head, retainUntil);
    try {
      await putFileAsLockedObject({
        client,
        bucket,
        key,
        path: source.path,
        sha256: source.sha256,
        sizeBytes: source.sizeBytes,
        retainUntil,
        multipartThresholdBytes,
        partSizeBytes,
      });
    } catch (error) {
      if (!isConditionalWriteRefused(error)) throw error;
      // Another writer took the address between our look and our write.
      const after = await occupantOf(key, source);
      if (after.kind === 'same') return keepExisting(key, source, after.head, retainUntil);
      if (after.kind === 'other') throw new EvidenceObjectConflictError(key);
      // A 409: the other write is still in flight. Committing again settles it either way.
      throw new Error(`another write to ${key} is in progress; commit again`, { cause: error });
    }
    await unlink(source.path);
    return { key, created: true };
  }

  async function read(key: string, range?: ByteRange): Promise<Readable> {
    if (!isContentAddress(key)) throw new EvidenceObjectMissingError(key);
    try {
      const answer = await client.send(
        new GetObjectCommand({
          Bucket: bucket,
          Key: key,
          ...(range === undefined ? {} : { Range: `bytes=${range.start}-${range.end}` }),
        }),
      );
      return answer.Body as Readable;
    } catch (error) {
      if (isMissingObject(error)) throw new EvidenceObjectMissingError(key);
      throw error;
    }
  }

  async function status(): Promise<EvidenceStoreStatus> {
    const reachable = await checkBucketReachable(client, bucket);
    if (!reachable.ok) return { kind: 's3', status: 'unavailable', detail: reachable.detail };
    const lock = await objectLock();
    if (!lock.ok) return { kind: 's3', status: 'unavailable', detail: lock.detail };
    return options.allowWithoutObjectLock && !objectLockConfirmed
      ? { kind: 's3', status: 'ok', detail: '未检查对象锁定（仅限测试）' }
      : { kind: 's3', status: 'ok' };
  }

  return {
    kind: 's3',
    status,
    commit,
    read,
    async stat(key) {
      if (!isContentAddress(key)) return undefined;
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { sizeBytes: head.ContentLength ?? 0 };
      } catch (error) {
        if (isMissingObject(error)) return undefined;
        throw error;
      }
    },
    async legalHold(key, on) {
      if (!isContentAddress(key)) throw new EvidenceObjectMissingError(key);
      try {
        await client.send(
          new PutObjectLegalHoldCommand({
            Bucket: bucket,
            Key: key,
            LegalHold: { Status: on ? 'ON' : 'OFF' },
          }),
        );
      } catch (error) {
        if (isMissingObject(error)) throw new EvidenceObjectMissingError(key);
        throw error;
      }
    },
  };
}
