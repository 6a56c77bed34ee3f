import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';
import type { CommitSource } from '../evidence-store.ts';
import type { S3EvidenceStoreOptions } from '../s3-evidence-store.ts';
import { LOCAL_S3_CREDENTIALS, startLocalS3, type LocalS3, type SentRequest } from './local-s3.ts';

/**
 * What the S3 evidence store's tests share: a local S3 (s3rver) with the bucket, a plain
 * client to look behind the store's back, a folder for the files a commit reads, and the
 * store's options. Each test file calls useS3StoreWorld() once; vitest gives every file its
 * own copy of this module, so the bindings below are that file's.
 */
export const BUCKET = 'liuhen-evidence';
export const NOW = new Date('2026-03-01T08:00:00.000Z');
export const DAY_MS = 86_400_000;

export let s3: LocalS3;
export let plain: S3Client;
let work: string;

export function useS3StoreWorld() {
  beforeAll(async () => {
    s3 = await startLocalS3([BUCKET]);
    plain = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: LOCAL_S3_CREDENTIALS,
    });
    work = await mkdtemp(path.join(os.tmpdir(), 'liuhen-s3-store-'));
  });
  afterAll(async () => {
    plain.destroy();
    await s3.close();
    await rm(work, { recursive: true, force: true });
  });
}

export function storeOptions(extra: Partial<S3EvidenceStoreOptions> = {}): S3EvidenceStoreOptions {
  return {
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: BUCKET,
    credentials: LOCAL_S3_CREDENTIALS,
    forcePathStyle: true,
    defaultRetentionDays: 3650,
    allowWithoutObjectLock: true,
    now: () => NOW,
    ...extra,
  };
}

let fileCounter = 0;
/** A local file ready to commit, as the upload service hands one over. */
export async function sourceOf(
  bytes: Buffer,
  claim: { sha256?: string; retainUntil?: Date } = {},
): Promise<CommitSource> {
  fileCounter += 1;
  const file = path.join(work, `upload-${fileCounter}.part`);
  await writeFile(file, bytes);
  return {
    path: file,
    sha256: claim.sha256 ?? createHash('sha256').update(bytes).digest('hex'),
    sizeBytes: bytes.length,
    ...(claim.retainUntil === undefined ? {} : { retainUntil: claim.retainUntil }),
  };
}

export async function bytesOf(stream: Readable): Promise<Buffer> {
  return buffer(stream);
}

/** ISO 8601 as the SDK writes it: whole seconds without the `.000`. */
export const wireDate = (date: Date) => date.toISOString().replace('.000Z', 'Z');
export const sha256Base64 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');
export const isPut = (request: SentRequest) =>
  request.method === 'PUT' && request.query['x-id'] === 'PutObject';
