import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { EvidenceObjectConflictError, evidenceKeyOf } from './evidence-store.ts';
import { openS3EvidenceStore } from './s3-evidence-store.ts';
import { requestRecorder, s3ErrorXml, startLocalS3 } from './test-support/local-s3.ts';
import {
  BUCKET,
  bytesOf,
  DAY_MS,
  isPut,
  NOW,
  plain,
  sha256Base64,
  sourceOf,
  storeOptions,
  useS3StoreWorld,
  wireDate,
} from './test-support/s3-store-world.ts';

useS3StoreWorld();

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
