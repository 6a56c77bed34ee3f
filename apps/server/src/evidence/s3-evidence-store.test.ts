import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EvidenceObjectConflictError,
  EvidenceObjectMissingError,
  evidenceKeyOf,
  type CommitSource,
} from './evidence-store.ts';
import { openS3EvidenceStore, type S3EvidenceStoreOptions } from './s3-evidence-store.ts';
import {
  LOCAL_S3_CREDENTIALS,
  requestRecorder,
  s3ErrorXml,
  startLocalS3,
  type LocalS3,
  type SentRequest,
} from './test-support/local-s3.ts';

const BUCKET = 'liuhen-evidence';
const NOW = new Date('2026-03-01T08:00:00.000Z');
const DAY_MS = 86_400_000;

let s3: LocalS3;
let work: string;
let plain: S3Client;

beforeAll(async () => {
  s3 = await startLocalS3([BUCKET]);
  plain = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: LOCAL_S3_CREDENTIALS,
  });
});

afterAll(async () => {
  plain.destroy();
  await s3.close();
});

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'liuhen-s3-store-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function storeOptions(extra: Partial<S3EvidenceStoreOptions> = {}): S3EvidenceStoreOptions {
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
async function sourceOf(
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

async function bytesOf(stream: Readable): Promise<Buffer> {
  return buffer(stream);
}

/** ISO 8601 as the SDK writes it: whole seconds without the `.000`. */
const wireDate = (date: Date) => date.toISOString().replace('.000Z', 'Z');
const sha256Base64 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');
const isPut = (request: SentRequest) =>
  request.method === 'PUT' && request.query['x-id'] === 'PutObject';

describe('the S3 evidence store against s3rver', () => {
  it('commits a file, reads it whole and by inclusive range, and stats it', async () => {
    const store = await openS3EvidenceStore(storeOptions());
    const bytes = Buffer.from('执法记录仪 2026-03-01 08:00 现场检查 0123456789');
    const source = await sourceOf(bytes);

    const result = await store.commit(source);

    expect(result).toEqual({ key: evidenceKeyOf(source.sha256), created: true });
    expect(existsSync(source.path)).toBe(false);
    expect((await bytesOf(await store.read(result.key))).equals(bytes)).toBe(true);
    const range = await bytesOf(await store.read(result.key, { start: 3, end: 10 }));
    expect(range.equals(bytes.subarray(3, 11))).toBe(true);
    expect(await store.stat(result.key)).toEqual({ sizeBytes: bytes.length });
  });

  it('answers a missing object as missing, and never asks S3 for a key that is no content address', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    const absent = evidenceKeyOf('f'.repeat(64));

    expect(await store.stat(absent)).toBeUndefined();
    await expect(store.read(absent)).rejects.toBeInstanceOf(EvidenceObjectMissingError);
    const before = recorder.sent.length;
    await expect(store.read('../../etc/passwd')).rejects.toBeInstanceOf(EvidenceObjectMissingError);
    expect(await store.stat('sha256/ab/cd/not-a-digest')).toBeUndefined();
    expect(recorder.sent.length).toBe(before);
  });

  it('keeps the stored object when the same bytes come again: created false, the new file removed', async () => {
    const store = await openS3EvidenceStore(storeOptions());
    const bytes = randomBytes(4096);
    const first = await store.commit(await sourceOf(bytes));
    const again = await sourceOf(bytes);

    const second = await store.commit(again);

    expect(first.created).toBe(true);
    expect(second).toEqual({ key: first.key, created: false });
    expect(existsSync(again.path)).toBe(false);
    expect((await bytesOf(await store.read(first.key))).equals(bytes)).toBe(true);
  });

  it('refuses different bytes under a taken address, leaving the original and the new file intact', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    const original = randomBytes(2048);
    const { key } = await store.commit(await sourceOf(original));
    const falseHash = createHash('sha256').update(original).digest('hex');
    const impostor = await sourceOf(randomBytes(2048), { sha256: falseHash });
    const putsBefore = recorder.sent.filter(isPut).length;

    await expect(store.commit(impostor)).rejects.toBeInstanceOf(EvidenceObjectConflictError);

    expect(recorder.sent.filter(isPut).length).toBe(putsBefore);
    expect(existsSync(impostor.path)).toBe(true);
    expect((await bytesOf(await store.read(key))).equals(original)).toBe(true);
  });

  it('refuses a file whose size is not the declared one, before sending anything', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    const source = await sourceOf(Buffer.from('twelve bytes'));
    const before = recorder.sent.length;

    await expect(store.commit({ ...source, sizeBytes: 13 })).rejects.toThrow(/12 bytes, not 13/);
    expect(recorder.sent.length).toBe(before);
    expect(existsSync(source.path)).toBe(true);
  });
});

describe('what the S3 store sends', () => {
  it('writes in compliance mode with a retain-until date, a SHA-256 for S3 to check and If-None-Match', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(
      storeOptions({ middleware: [recorder.middleware], defaultRetentionDays: 3650 }),
    );
    const bytes = randomBytes(1000);
    const source = await sourceOf(bytes);

    const { key } = await store.commit(source);

    const forKey = recorder.sent.filter((request) => request.path === `/${BUCKET}/${key}`);
    expect(forKey.map((request) => request.method)).toEqual(['HEAD', 'PUT']);
    const put = forKey[1]!;
    expect(put.headers).toMatchObject({
      'x-amz-object-lock-mode': 'COMPLIANCE',
      'x-amz-object-lock-retain-until-date': wireDate(new Date(NOW.getTime() + 3650 * DAY_MS)),
      'x-amz-checksum-sha256': sha256Base64(bytes),
      'x-amz-meta-sha256': source.sha256,
      'if-none-match': '*',
      'content-length': String(bytes.length),
    });
    // Each of these is signed, so nothing between here and the service can drop it.
    const signed = /SignedHeaders=([^,]+)/
      .exec(put.headers['authorization'] ?? '')?.[1]
      ?.split(';');
    expect(signed).toEqual(
      expect.arrayContaining([
        'if-none-match',
        'x-amz-checksum-sha256',
        'x-amz-object-lock-mode',
        'x-amz-object-lock-retain-until-date',
        'x-amz-meta-sha256',
      ]),
    );
  });

  it("uses the commit's own retain-until date when it names one", async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    const retainUntil = new Date('2031-12-31T16:00:00.000Z');

    await store.commit(await sourceOf(randomBytes(64), { retainUntil }));

    const put = recorder.sent.find(isPut)!;
    expect(put.headers['x-amz-object-lock-retain-until-date']).toBe(wireDate(retainUntil));
  });

  it('sends a large file in parts, each with its own SHA-256, and completes only if the key is free', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(
      storeOptions({
        middleware: [recorder.middleware],
        multipartThresholdBytes: 200 * 1024,
        partSizeBytes: 100 * 1024,
      }),
    );
    const bytes = randomBytes(250 * 1024 + 1);
    const source = await sourceOf(bytes);

    const { key, created } = await store.commit(source);

    expect(created).toBe(true);
    const forKey = recorder.sent.filter((request) => request.path === `/${BUCKET}/${key}`);
    const create = forKey.find(
      (request) => request.method === 'POST' && 'uploads' in request.query,
    )!;
    expect(create.headers).toMatchObject({
      'x-amz-object-lock-mode': 'COMPLIANCE',
      'x-amz-object-lock-retain-until-date': wireDate(new Date(NOW.getTime() + 3650 * DAY_MS)),
      'x-amz-checksum-algorithm': 'SHA256',
      'x-amz-meta-sha256': source.sha256,
    });
    const parts = forKey.filter((request) => request.query['x-id'] === 'UploadPart');
    expect(parts.map((part) => part.query['partNumber'])).toEqual(['1', '2', '3']);
    const slices = [
      bytes.subarray(0, 100 * 1024),
      bytes.subarray(100 * 1024, 200 * 1024),
      bytes.subarray(200 * 1024),
    ];
    expect(parts.map((part) => part.headers['x-amz-checksum-sha256'])).toEqual(
      slices.map(sha256Base64),
    );
    const complete = forKey.find(
      (request) => request.method === 'POST' && 'uploadId' in request.query,
    )!;
    expect(complete.headers['if-none-match']).toBe('*');
    expect(String(complete.body)).toContain(
      `<ChecksumSHA256>${sha256Base64(slices[2]!)}</ChecksumSHA256>`,
    );
    expect(existsSync(source.path)).toBe(false);
    expect((await bytesOf(await store.read(key))).equals(bytes)).toBe(true);
  });

  it('abandons an upload in parts when the file does not hash to the claimed address', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(
      storeOptions({
        middleware: [recorder.middleware],
        multipartThresholdBytes: 200 * 1024,
        partSizeBytes: 100 * 1024,
      }),
    );
    const claimed = createHash('sha256').update('something else').digest('hex');
    const source = await sourceOf(randomBytes(250 * 1024), { sha256: claimed });

    await expect(store.commit(source)).rejects.toThrow(/does not hash to/);

    const uploadCalls = recorder.sent.filter((request) => 'uploadId' in request.query);
    expect(uploadCalls.some((request) => request.method === 'POST')).toBe(false);
    expect(uploadCalls.some((request) => request.method === 'DELETE')).toBe(true);
    expect(await store.stat(evidenceKeyOf(claimed))).toBeUndefined();
    expect(existsSync(source.path)).toBe(true);
  });

  it('puts and lifts a legal hold (s3rver itself answers 405: it has no Object Lock)', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    const { key } = await store.commit(await sourceOf(randomBytes(32)));

    await expect(store.legalHold(key, true)).rejects.toMatchObject({ name: 'MethodNotAllowed' });
    await expect(store.legalHold(key, false)).rejects.toMatchObject({ name: 'MethodNotAllowed' });

    const holds = recorder.sent.filter((request) => 'legal-hold' in request.query);
    expect(holds.map((request) => [request.method, request.path])).toEqual([
      ['PUT', `/${BUCKET}/${key}`],
      ['PUT', `/${BUCKET}/${key}`],
    ]);
    expect(String(holds[0]!.body)).toMatch(/<LegalHold[^>]*><Status>ON<\/Status><\/LegalHold>/);
    expect(String(holds[1]!.body)).toMatch(/<Status>OFF<\/Status>/);
    await expect(store.legalHold('sha256/zz', true)).rejects.toBeInstanceOf(
      EvidenceObjectMissingError,
    );
  });
});

describe('races and retention, with the service played by the test where s3rver cannot', () => {
  /** What AWS does with If-None-Match: * when another writer got there first. */
  function rivalWritesFirst(rival: Buffer, rivalSha256: string) {
    return requestRecorder({
      async respond(request) {
        if (!isPut(request) || request.headers['if-none-match'] !== '*') return undefined;
        const key = decodeURIComponent(request.path.slice(`/${BUCKET}/`.length));
        await plain.send(
          new PutObjectCommand({
            Bucket: BUCKET,
            Key: key,
            Body: rival,
            Metadata: { sha256: rivalSha256 },
          }),
        );
        return {
          statusCode: 412,
          body: s3ErrorXml(
            'PreconditionFailed',
            'At least one of the pre-conditions you specified did not hold',
          ),
        };
      },
    });
  }

  it('a 412 because the same bytes arrived first: created false, the file removed', async () => {
    const bytes = randomBytes(512);
    const source = await sourceOf(bytes);
    const recorder = rivalWritesFirst(bytes, source.sha256);
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));

    const result = await store.commit(source);

    expect(result).toEqual({ key: evidenceKeyOf(source.sha256), created: false });
    expect(existsSync(source.path)).toBe(false);
    const heads = recorder.sent.filter((request) => request.method === 'HEAD');
    expect(heads).toHaveLength(2);
    // s3rver keeps no SHA-256 of its own, so the bytes were read back and hashed.
    expect(recorder.sent.filter((request) => request.method === 'GET')).toHaveLength(1);
  });

  it('a 412 because other bytes, labelled with our digest, arrived first: conflict, the file kept', async () => {
    const bytes = randomBytes(512);
    const source = await sourceOf(bytes);
    const rival = randomBytes(512);
    const recorder = rivalWritesFirst(rival, source.sha256);
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));

    await expect(store.commit(source)).rejects.toBeInstanceOf(EvidenceObjectConflictError);

    expect(existsSync(source.path)).toBe(true);
    const stored = await bytesOf(await store.read(evidenceKeyOf(source.sha256)));
    expect(stored.equals(rival)).toBe(true);
  });

  /** A service that keeps a whole-object SHA-256 reports it on HEAD (s3rver does not). */
  function serviceDigestOnHead(digest: string) {
    return requestRecorder({
      amend: (request, response) => {
        if (request.method === 'HEAD' && response.statusCode === 200) {
          response.headers['x-amz-checksum-sha256'] = digest;
          response.headers['x-amz-checksum-type'] = 'FULL_OBJECT';
        }
      },
    });
  }

  it("trusts the service's own whole-object SHA-256 and reads nothing back", async () => {
    const bytes = randomBytes(256);
    const recorder = serviceDigestOnHead(sha256Base64(bytes));
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    await store.commit(await sourceOf(bytes));

    expect((await store.commit(await sourceOf(bytes))).created).toBe(false);
    expect(recorder.sent.filter((request) => request.method === 'GET')).toHaveLength(0);
    expect(recorder.sent.filter((request) => request.method === 'HEAD')[0]!.headers).toMatchObject({
      'x-amz-checksum-mode': 'ENABLED',
    });
  });

  it('takes a differing service digest as other bytes, whatever the metadata says', async () => {
    const bytes = randomBytes(256);
    const recorder = serviceDigestOnHead(sha256Base64(randomBytes(256)));
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    await store.commit(await sourceOf(bytes));
    const again = await sourceOf(bytes);

    await expect(store.commit(again)).rejects.toBeInstanceOf(EvidenceObjectConflictError);
    expect(existsSync(again.path)).toBe(true);
  });

  it('extends, never shortens, the lock of an object committed again with a later date', async () => {
    const bytes = randomBytes(128);
    const lockedUntil = new Date(NOW.getTime() + 30 * DAY_MS);
    const recorder = requestRecorder({
      respond: (request) =>
        'retention' in request.query ? { statusCode: 200, body: '' } : undefined,
      amend: (request, response) => {
        if (request.method === 'HEAD' && response.statusCode === 200) {
          response.headers['x-amz-object-lock-mode'] = 'COMPLIANCE';
          response.headers['x-amz-object-lock-retain-until-date'] = lockedUntil.toISOString();
        }
      },
    });
    const store = await openS3EvidenceStore(storeOptions({ middleware: [recorder.middleware] }));
    await store.commit(await sourceOf(bytes));

    const earlier = new Date(NOW.getTime() + 10 * DAY_MS);
    expect((await store.commit(await sourceOf(bytes, { retainUntil: earlier }))).created).toBe(
      false,
    );
    expect(recorder.sent.filter((request) => 'retention' in request.query)).toHaveLength(0);

    const later = new Date(NOW.getTime() + 400 * DAY_MS);
    expect((await store.commit(await sourceOf(bytes, { retainUntil: later }))).created).toBe(false);
    const retention = recorder.sent.filter((request) => 'retention' in request.query);
    expect(retention).toHaveLength(1);
    expect(retention[0]!.method).toBe('PUT');
    expect(String(retention[0]!.body)).toContain('<Mode>COMPLIANCE</Mode>');
    expect(String(retention[0]!.body)).toContain(
      `<RetainUntilDate>${wireDate(later)}</RetainUntilDate>`,
    );
  });
});

describe('the bucket check', () => {
  it('is ok against a reachable bucket when Object Lock is waived for the test', async () => {
    const store = await openS3EvidenceStore(storeOptions());
    expect(await store.status()).toMatchObject({ kind: 's3', status: 'ok' });
  });

  it('is unavailable when the bucket does not exist', async () => {
    const store = await openS3EvidenceStore(storeOptions({ bucket: 'no-such-bucket' }));
    const status = await store.status();
    expect(status).toMatchObject({ kind: 's3', status: 'unavailable' });
    expect(status.detail).toContain('存储桶 no-such-bucket 不存在');
  });

  it('is unavailable when nothing answers at the endpoint', async () => {
    const closed = await startLocalS3([]);
    await closed.close();
    const store = await openS3EvidenceStore(
      storeOptions({ endpoint: closed.endpoint, allowWithoutObjectLock: false }),
    );
    const status = await store.status();
    expect(status.status).toBe('unavailable');
    expect(status.detail).toContain('无法连接存储桶');
  });

  it('without Object Lock confirmed (s3rver cannot say) it is unavailable and commits nothing', async () => {
    const recorder = requestRecorder();
    const store = await openS3EvidenceStore(
      storeOptions({ allowWithoutObjectLock: false, middleware: [recorder.middleware] }),
    );
    const source = await sourceOf(randomBytes(16));

    const status = await store.status();
    expect(status.status).toBe('unavailable');
    expect(status.detail).toContain('对象锁定（合规模式）');
    await expect(store.commit(source)).rejects.toThrow(/对象锁定（合规模式）/);
    expect(existsSync(source.path)).toBe(true);
    expect(recorder.sent.filter((request) => request.method === 'PUT')).toHaveLength(0);
    expect(recorder.sent.some((request) => 'object-lock' in request.query)).toBe(true);
  });

  it('names a bucket the service says has no Object Lock', async () => {
    const recorder = requestRecorder({
      respond: (request) =>
        'object-lock' in request.query
          ? {
              statusCode: 404,
              body: s3ErrorXml(
                'ObjectLockConfigurationNotFoundError',
                'Object Lock configuration does not exist for this bucket',
              ),
            }
          : undefined,
    });
    const store = await openS3EvidenceStore(
      storeOptions({ allowWithoutObjectLock: false, middleware: [recorder.middleware] }),
    );
    const status = await store.status();
    expect(status.status).toBe('unavailable');
    expect(status.detail).toContain(`存储桶 ${BUCKET} 未启用对象锁定（合规模式）`);
  });

  it('is ok, and writes, when the service says Object Lock is enabled', async () => {
    const recorder = requestRecorder({
      respond: (request) =>
        'object-lock' in request.query
          ? {
              statusCode: 200,
              body:
                '<?xml version="1.0" encoding="UTF-8"?><ObjectLockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
                '<ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>',
            }
          : undefined,
    });
    const store = await openS3EvidenceStore(
      storeOptions({ allowWithoutObjectLock: false, middleware: [recorder.middleware] }),
    );
    expect(await store.status()).toEqual({ kind: 's3', status: 'ok' });
    expect((await store.commit(await sourceOf(randomBytes(16)))).created).toBe(true);
    // Asked once at open; a yes is kept.
    expect(recorder.sent.filter((request) => 'object-lock' in request.query)).toHaveLength(1);
  });
});

describe('what s3rver does not enforce (so the tests above assert on requests: docs/decisions.md)', () => {
  it('overwrites an object despite If-None-Match: * and accepts a wrong x-amz-checksum-sha256', async () => {
    const key = 'probe/overwrite';
    await plain.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'first' }));
    await plain.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: key,
        Body: 'second',
        IfNoneMatch: '*',
        ChecksumSHA256: sha256Base64(Buffer.from('not what is sent')),
      }),
    );
    const answer = await plain.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(await answer.Body!.transformToString()).toBe('second');
  });
});
