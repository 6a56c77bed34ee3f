import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartWriter } from './part-writer.ts';

const KiB = 1024;

describe('the part writer', () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'liuhen-part-writer-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('writes pieces appended faster than the disk in order, durable at every stretch', async () => {
    const file = path.join(work, 'order.part');
    const prefix = randomBytes(1000);
    await writeFile(file, prefix);
    const handle = await open(file, 'r+');
    const durable: number[] = [];
    const writer = createPartWriter(handle, {
      offset: prefix.length,
      syncEvery: 256 * KiB,
      onDurable: async (offset) => {
        durable.push(offset);
      },
    });
    // Pieces of uneven sizes, all queued before the first write can finish: they are
    // grouped into fewer writes, which must still land in order.
    const pieces = Array.from({ length: 40 }, (_, index) => randomBytes(10 * KiB + index * 997));
    const settled = pieces.map((piece) => writer.append(piece));
    await Promise.all(settled);
    const end = await writer.flush();
    await handle.close();

    const expected = Buffer.concat([prefix, ...pieces]);
    expect(end).toBe(expected.length);
    expect((await readFile(file)).equals(expected)).toBe(true);
    expect(durable.at(-1)).toBe(expected.length);
    // However the writes were grouped, no stretch between durable offsets is longer than
    // the interval plus one piece.
    const largest = Math.max(...pieces.map((piece) => piece.length));
    let previous = prefix.length;
    for (const offset of durable) {
      expect(offset).toBeGreaterThan(previous);
      expect(offset - previous).toBeLessThanOrEqual(256 * KiB + largest);
      previous = offset;
    }
  });

  it('reports a failed write from then on, and settles every append instead of rejecting', async () => {
    const file = path.join(work, 'read-only.part');
    await writeFile(file, '');
    const handle = await open(file, 'r'); // every write fails with EBADF
    const writer = createPartWriter(handle, {
      offset: 0,
      syncEvery: 256 * KiB,
      onDurable: async () => {},
    });
    const settled = [writer.append(randomBytes(100)), writer.append(randomBytes(100))];
    await expect(Promise.all(settled)).resolves.toBeDefined();
    expect(() => writer.throwIfFailed()).toThrow(/EBADF/);
    await expect(writer.flush()).rejects.toThrow(/EBADF/);
    await writer.settle();
    await handle.close();
  });

  it('fails the flush when the durable offset cannot be recorded', async () => {
    const file = path.join(work, 'record.part');
    await writeFile(file, '');
    const handle = await open(file, 'r+');
    const writer = createPartWriter(handle, {
      offset: 0,
      syncEvery: 256 * KiB,
      onDurable: async () => {
        throw new Error('the database is gone');
      },
    });
    await writer.append(randomBytes(100));
    await expect(writer.flush()).rejects.toThrow(/the database is gone/);
    await handle.close();
  });
});
