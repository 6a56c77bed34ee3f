import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import {
  DeleteObjectCommand,
  GetObjectLegalHoldCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectRetentionCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvidenceObjectConflictError, type CommitSource } from './evidence-store.ts';
import { openS3EvidenceStore, type S3EvidenceStore } from './s3-evidence-store.ts';

/**
 * What s3rver cannot show: that a real service enforces compliance-mode retention, the
 * conditional write and the checksum. Runs only against a service named in the environment
 * (docs/decisions.md says how to start MinIO for it). Every object it writes stays locked
 * for a day: use a bucket for tests only.
 */
const endpoint = process.env['LIUHEN_TEST_S3_ENDPOINT'];
const bucket = process.env['LIUHEN_TEST_S3_BUCKET'];
const accessKeyId = process.env['LIUHEN_TEST_S3_ACCESS_KEY_ID'];
const secretAccessKey = process.env['LIUHEN_TEST_S3_SECRET_ACCESS_KEY'];
const region = process.env['LIUHEN_TEST_S3_REGION'] ?? 'us-east-1';
const configured = bucket !== undefined && bucket !== '';

if (!configured) {
  console.log(
    's3-object-lock.real.test.ts skipped: no real S3 service here. Set LIUHEN_TEST_S3_BUCKET ' +
      '(a bucket created with Object Lock), LIUHEN_TEST_S3_ENDPOINT, LIUHEN_TEST_S3_ACCESS_KEY_ID ' +
      'and LIUHEN_TEST_S3_SECRET_ACCESS_KEY to run it (docs/decisions.md).',
  );
}

describe.skipIf(!configured)('against a real S3 service with Object Lock', () => {
  const credentials =
    accessKeyId === undefined || secretAccessKey === undefined
      ? undefined
      : { accessKeyId, secretAccessKey };
  const connection = {
    region,
    ...(endpoint === undefined ? {} : { endpoint, forcePathStyle: true }),
    ...(credentials === undefined ? {} : { credentials }),
  };
  let store: S3EvidenceStore;
  let plain: S3Client;
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'liuhen-real-s3-'));
    plain = new S3Client(connection);
    store = await openS3EvidenceStore({ ...connection, bucket: bucket!, defaultRetentionDays: 1 });
  });

  afterAll(async () => {
    plain?.destroy();
    await rm(work, { recursive: true, force: true });
  });

  async function sourceOf(bytes: Buffer, sha256?: string): Promise<CommitSource> {
    const file = path.join(work, `${randomBytes(6).toString('hex')}.part`);
    await writeFile(file, bytes);
    const digest = sha256 ?? createHash('sha256').update(bytes).digest('hex');
    return { path: file, sha256: digest, sizeBytes: bytes.length };
  }

  it('confirms Object Lock on the bucket', async () => {
    expect(await store.status()).toEqual({ kind: 's3', status: 'ok' });
  });

  it('stores an object the service reports as locked in compliance mode', async () => {
    const bytes = randomBytes(4096);
    const { key, created } = await store.commit(await sourceOf(bytes));
    const head = await plain.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));

    expect(created).toBe(true);
    expect(head.ObjectLockMode).toBe('COMPLIANCE');
    expect(head.ObjectLockRetainUntilDate!.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect((await buffer(await store.read(key))).equals(bytes)).toBe(true);
  });

  it('refuses a write over a taken key, and bytes that do not match their checksum', async () => {
    const bytes = randomBytes(1024);
    const { key } = await store.commit(await sourceOf(bytes));

    await expect(
      plain.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'x', IfNoneMatch: '*' })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 412 } });
    const digest = createHash('sha256').update(bytes).digest('hex');
    await expect(store.commit(await sourceOf(randomBytes(1024), digest))).rejects.toBeInstanceOf(
      EvidenceObjectConflictError,
    );
    await expect(
      plain.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `checksum-probe/${randomBytes(8).toString('hex')}`,
          Body: 'what is sent',
          ChecksumSHA256: createHash('sha256').update('something else').digest('base64'),
        }),
      ),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 } });
  });

  it('refuses to delete the locked version or shorten its lock, even bypassing governance', async () => {
    const { key } = await store.commit(await sourceOf(randomBytes(256)));
    const head = await plain.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));

    await expect(
      plain.send(
        new DeleteObjectCommand({
          Bucket: bucket,
          Key: key,
          VersionId: head.VersionId,
          BypassGovernanceRetention: true,
        }),
      ),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    await expect(
      plain.send(
        new PutObjectRetentionCommand({
          Bucket: bucket,
          Key: key,
          Retention: { Mode: 'COMPLIANCE', RetainUntilDate: new Date(Date.now() + 3_600_000) },
        }),
      ),
    ).rejects.toBeDefined();
    expect((await store.stat(key))?.sizeBytes).toBe(256);
  });

  it('puts and lifts a legal hold', async () => {
    const { key } = await store.commit(await sourceOf(randomBytes(128)));
    const holdOf = async () =>
      (await plain.send(new GetObjectLegalHoldCommand({ Bucket: bucket, Key: key }))).LegalHold
        ?.Status;

    await store.legalHold(key, true);
    expect(await holdOf()).toBe('ON');
    await store.legalHold(key, false);
    expect(await holdOf()).toBe('OFF');
  });
});
