import { createHash, randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestPool, type DigestPool, type DigestSession } from './digest-pool.ts';

const expected = (bytes: Uint8Array) => ({
  sha256: createHash('sha256').update(bytes).digest('hex'),
  sm3: createHash('sm3').update(bytes).digest('hex'),
});

/** Feeds `bytes` the way the receiver does: shared batches filled from uneven pieces. */
async function feed(session: DigestSession, bytes: Uint8Array) {
  let position = 0;
  while (position < bytes.length) {
    const batch = await session.acquire();
    let filled = 0;
    while (filled < batch.bytes.length && position < bytes.length) {
      const piece = Math.min(randomInt(1, 200_000), batch.bytes.length - filled);
      const part = bytes.subarray(position, position + piece);
      batch.bytes.set(part, filled);
      filled += part.length;
      position += part.length;
    }
    session.submit(batch, filled);
  }
}

describe('the digest pool', () => {
  let pool: DigestPool;
  let work: string;

  beforeAll(async () => {
    pool = createDigestPool({ size: 2, batchBytes: 256 * 1024, maxBatchesInFlight: 3 });
    work = await mkdtemp(path.join(tmpdir(), 'liuhen-digest-'));
  });
  afterAll(async () => {
    await pool.close();
    await rm(work, { recursive: true, force: true });
  });

  it('computes SHA-256 and SM3 equal to node crypto over random data', async () => {
    const bytes = randomBytes(5 * 1024 * 1024 + 12_345);
    const session = pool.open();
    await feed(session, bytes);
    expect(session.hashedBytes).toBe(bytes.length);
    expect(await session.digest()).toEqual(expected(bytes));
  });

  it('hashes the empty file', async () => {
    expect(await pool.open().digest()).toEqual(expected(new Uint8Array(0)));
  });

  it('resumes: hashes the durable prefix from disk, then continues with new bytes', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 7);
    const durable = 1024 * 1024 + 3;
    const part = path.join(work, 'resume.part');
    // The part file may hold more than the durable prefix (bytes a crash made unreliable):
    // only the first `durable` bytes may be hashed.
    await writeFile(part, Buffer.concat([bytes.subarray(0, durable), randomBytes(4096)]));

    const session = pool.open({ path: part, length: durable });
    expect(session.hashedBytes).toBe(durable);
    await session.update(bytes.subarray(durable));
    expect(session.hashedBytes).toBe(bytes.length);
    expect(await session.digest()).toEqual(expected(bytes));
  });

  it('hashes a whole file from disk (the collection-station importer)', async () => {
    const bytes = randomBytes(2 * 1024 * 1024 + 99);
    const file = path.join(work, 'whole.mp4');
    await writeFile(file, bytes);
    expect(await pool.open({ path: file, length: bytes.length }).digest()).toEqual(expected(bytes));
  });

  it('fails, instead of guessing, when the file is shorter than its durable prefix', async () => {
    const part = path.join(work, 'short.part');
    await writeFile(part, randomBytes(1000));
    const session = pool.open({ path: part, length: 5000 });
    await expect(session.digest()).rejects.toThrow(/fewer than the 5000 expected/);
    expect(session.failure).toBeInstanceOf(Error);
    await expect(session.acquire()).rejects.toThrow();
  });

  it('keeps sessions apart when they interleave', async () => {
    const a = randomBytes(1_500_000);
    const b = randomBytes(900_000);
    const sessionA = pool.open();
    const sessionB = pool.open();
    await Promise.all([feed(sessionA, a), feed(sessionB, b)]);
    const [digestA, digestB] = await Promise.all([sessionA.digest(), sessionB.digest()]);
    expect(digestA).toEqual(expected(a));
    expect(digestB).toEqual(expected(b));
  });

  it('never has more than its limit of batches in flight, however fast bytes arrive', async () => {
    const session = pool.open();
    const seen = new Set<SharedArrayBuffer>();
    const bytes = randomBytes(40 * 256 * 1024);
    for (let start = 0; start < bytes.length; start += 256 * 1024) {
      const batch = await session.acquire();
      seen.add(batch.buffer);
      batch.bytes.set(bytes.subarray(start, start + 256 * 1024));
      session.submit(batch, 256 * 1024);
    }
    expect(await session.digest()).toEqual(expected(bytes));
    // 40 batches went through, yet only the in-flight limit of buffers ever existed.
    expect(seen.size).toBeLessThanOrEqual(3);
  });

  it('does not hand a batch out again while its holder (the disk write) still reads it', async () => {
    const single = createDigestPool({ size: 2, batchBytes: 1024, maxBatchesInFlight: 1 });
    try {
      const session = single.open();
      const batch = await session.acquire();
      batch.bytes.fill(7);
      let release!: () => void;
      session.submit(batch, 1024, new Promise<void>((resolve) => (release = resolve)));
      let next: unknown;
      const acquiring = session.acquire().then((again) => (next = again));
      // Another session on the same threads is answered after this one's update: once its
      // digest is back, the batch is hashed and only the holder keeps it.
      await single.open().digest();
      expect(next).toBeUndefined();
      release();
      await acquiring;
      expect((next as { buffer: SharedArrayBuffer }).buffer).toBe(batch.buffer);
      expect(await session.digest()).toEqual(expected(new Uint8Array(1024).fill(7)));
    } finally {
      await single.close();
    }
  });

  it('refuses a finished session and works with a single thread', async () => {
    const single = createDigestPool({ size: 1 });
    try {
      const bytes = randomBytes(333_333);
      const session = single.open();
      await session.update(bytes);
      expect(await session.digest()).toEqual(expected(bytes));
      await expect(session.digest()).rejects.toThrow(/finished/);
    } finally {
      await single.close();
    }
  });
});
