import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EvidenceObjectConflictError,
  EvidenceObjectMissingError,
  evidenceKeyOf,
} from './evidence-store.ts';
import { openS3EvidenceStore } from './s3-evidence-store.ts';
import { requestRecorder } from './test-support/local-s3.ts';
import {
  BUCKET,
  bytesOf,
  DAY_MS,
  isPut,
  NOW,
  sha256Base64,
  sourceOf,
  storeOptions,
  useS3StoreWorld,
  wireDate,
} from './test-support/s3-store-world.ts';

useS3StoreWorld();

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
