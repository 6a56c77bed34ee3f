import { createHash, randomBytes } from 'node:crypto';
import { link, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDigestPool, type DigestPool } from './digest-pool.ts';
import { createPartFile, truncatePartFile } from './part-file.ts';
import { receiveIntoPart } from './receive-into-part.ts';

const MiB = 1024 * 1024;
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A body that arrives in uneven pieces, as from a socket. */
function bodyOf(bytes: Buffer): Readable {
  const pieces: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += 65_536 + (start % 7_919)) {
    pieces.push(bytes.subarray(start, start + 65_536 + (start % 7_919)));
  }
  return Readable.from(pieces);
}

describe('receiving a PATCH body into the part file', () => {
  let pool: DigestPool;
  let work: string;
  let part: string;
  let durable: number[];
  const onDurable = async (offset: number) => {
    durable.push(offset);
  };

  beforeAll(async () => {
    pool = createDigestPool({ size: 2 });
    work = await mkdtemp(path.join(tmpdir(), 'liuhen-receive-'));
  });
  afterAll(async () => {
    await pool.close();
    await rm(work, { recursive: true, force: true });
  });
  beforeEach(async () => {
    part = path.join(work, `${randomBytes(4).toString('hex')}.part`);
    await createPartFile(part);
    durable = [];
  });

  it('writes and hashes every byte, fsyncing at the interval and at the end', async () => {
    const bytes = randomBytes(5 * MiB + 3);
    const digest = pool.open();
    const result = await receiveIntoPart({
      body: bodyOf(bytes),
      partPath: part,
      offset: 0,
      remaining: bytes.length,
      digest,
      onDurable,
      syncEveryBytes: 2 * MiB,
    });
    expect(result).toEqual({ offset: bytes.length, aborted: false, overflow: false });
    expect((await readFile(part)).equals(bytes)).toBe(true);
    // At least every 2 MiB, and the end: no acknowledged byte is left only in memory.
    expect(durable.at(-1)).toBe(bytes.length);
    expect(durable.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < durable.length; i++) {
      expect(durable[i]! - durable[i - 1]!).toBeLessThanOrEqual(2 * MiB + MiB);
    }
    expect((await digest.digest()).sha256).toBe(sha256Of(bytes));
  });

  it('continues a part file at its durable offset', async () => {
    const bytes = randomBytes(3 * MiB);
    const first = 1_234_567;
    const digest = pool.open();
    await receiveIntoPart({
      body: bodyOf(bytes.subarray(0, first)),
      partPath: part,
      offset: 0,
      remaining: bytes.length,
      digest,
      onDurable,
    });
    const result = await receiveIntoPart({
      body: bodyOf(bytes.subarray(first)),
      partPath: part,
      offset: first,
      remaining: bytes.length - first,
      digest,
      onDurable,
    });
    expect(result.offset).toBe(bytes.length);
    expect(durable).toEqual([first, bytes.length]);
    expect((await readFile(part)).equals(bytes)).toBe(true);
    expect((await digest.digest()).sha256).toBe(sha256Of(bytes));
  });

  it('keeps what arrived when the sender goes away, and hashes exactly that', async () => {
    const bytes = randomBytes(2 * MiB + 100);
    const body = new PassThrough();
    const digest = pool.open();
    const receiving = receiveIntoPart({
      body,
      partPath: part,
      offset: 0,
      remaining: 10 * MiB,
      digest,
      onDurable,
    });
    body.write(bytes);
    while ((await stat(part)).size < 2 * MiB) await new Promise((r) => setTimeout(r, 5));
    body.destroy(new Error('ECONNRESET'));
    const result = await receiving;
    expect(result.aborted).toBe(true);
    expect(result.offset).toBe(bytes.length);
    expect(durable).toEqual([bytes.length]);
    expect((await readFile(part)).equals(bytes)).toBe(true);
    expect(digest.hashedBytes).toBe(bytes.length);
    expect((await digest.digest()).sha256).toBe(sha256Of(bytes));
  });

  it('keeps nothing, and fails nothing, when the sender is gone before the first read', async () => {
    const body = new PassThrough();
    const receiving = receiveIntoPart({
      body,
      partPath: part,
      offset: 0,
      remaining: 100,
      digest: pool.open(),
      onDurable,
    });
    body.destroy(new Error('ECONNRESET'));
    expect(await receiving).toEqual({ offset: 0, aborted: true, overflow: false });
    expect(durable).toEqual([]);
  });

  it('gives up on a silent sender, keeping its bytes', async () => {
    const body = new PassThrough();
    body.write(Buffer.from('first bytes'));
    const result = await receiveIntoPart({
      body,
      partPath: part,
      offset: 0,
      remaining: 1000,
      digest: pool.open(),
      onDurable,
      idleTimeoutMs: 50,
    });
    expect(result).toEqual({ offset: 11, aborted: true, overflow: false });
    expect(await readFile(part, 'utf8')).toBe('first bytes');
  });

  it('keeps no byte beyond the declared length', async () => {
    const bytes = randomBytes(5000);
    const digest = pool.open();
    const result = await receiveIntoPart({
      body: bodyOf(bytes),
      partPath: part,
      offset: 0,
      remaining: 4000,
      digest,
      onDurable,
    });
    expect(result).toEqual({ offset: 4000, aborted: false, overflow: true });
    expect((await readFile(part)).equals(bytes.subarray(0, 4000))).toBe(true);
    expect((await digest.digest()).sha256).toBe(sha256Of(bytes.subarray(0, 4000)));
  });

  it('refuses a digest that is not at the durable offset', async () => {
    await writeFile(part, randomBytes(100));
    await expect(
      receiveIntoPart({
        body: bodyOf(randomBytes(10)),
        partPath: part,
        offset: 100,
        remaining: 10,
        digest: pool.open(),
        onDurable,
      }),
    ).rejects.toThrow(/digest at 0/);
  });

  it('never writes to a part file that is linked into the evidence store', async () => {
    await writeFile(part, Buffer.from('complete file'));
    await link(part, `${part}.commit`);
    await expect(truncatePartFile(part, 3)).rejects.toThrow(/linked into the evidence store/);
    await expect(
      receiveIntoPart({
        body: bodyOf(Buffer.from('more')),
        partPath: part,
        offset: 0,
        remaining: 100,
        digest: pool.open(),
        onDurable,
      }),
    ).rejects.toThrow(/linked into the evidence store/);
    expect(await readFile(part, 'utf8')).toBe('complete file');
  });
});
