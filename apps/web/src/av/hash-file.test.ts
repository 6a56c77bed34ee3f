import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256OfFile } from './hash-file.ts';
import { createPauseGate } from './pause-gate.ts';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('hashing a file in slices before it is uploaded (the declared SHA-256)', () => {
  it('gives the digest of the whole file, whatever the slice size', async () => {
    const bytes = new Uint8Array(randomBytes(10_007));
    const file = new Blob([bytes]);
    for (const sliceBytes of [1, 1000, 4096, 10_007, 65_536]) {
      expect(await sha256OfFile(file, { sliceBytes })).toBe(reference(bytes));
    }
  });

  it('hashes an empty file, and is lower-case hex', async () => {
    const digest = await sha256OfFile(new Blob([]));
    expect(digest).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('reports progress per slice up to the whole size', async () => {
    const file = new Blob([new Uint8Array(2500)]);
    const seen: [number, number][] = [];
    await sha256OfFile(file, {
      sliceBytes: 1000,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('stops with an AbortError when the upload is cancelled', async () => {
    const file = new Blob([new Uint8Array(5000)]);
    const cancel = new AbortController();
    const hashing = sha256OfFile(file, {
      sliceBytes: 1000,
      signal: cancel.signal,
      onProgress: (done) => done >= 2000 && cancel.abort(),
    });
    await expect(hashing).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('holds at the pause gate between slices and goes on where it stopped', async () => {
    const bytes = new Uint8Array(randomBytes(3000));
    const gate = createPauseGate();
    const progress: number[] = [];
    let waits = 0;
    let heldAtSecondSlice: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      heldAtSecondSlice = resolve;
    });

    const hashing = sha256OfFile(new Blob([bytes]), {
      sliceBytes: 1000,
      beforeSlice: () => {
        waits += 1;
        if (waits === 2) heldAtSecondSlice();
        return gate.wait();
      },
      onProgress: (done) => {
        progress.push(done);
        if (done === 1000) gate.pause();
      },
    });

    await held;
    expect(gate.paused).toBe(true);
    expect(progress).toEqual([1000]);
    gate.resume();
    expect(await hashing).toBe(reference(bytes));
    expect(progress).toEqual([1000, 2000, 3000]);
  });

  it('refuses a slice size that would never finish', async () => {
    await expect(sha256OfFile(new Blob(['x']), { sliceBytes: 0 })).rejects.toThrow(RangeError);
  });
});

describe('the pause gate', () => {
  it('lets waiters through at once while open and holds them while paused', async () => {
    const gate = createPauseGate();
    await gate.wait();
    gate.pause();
    gate.pause(); // pausing twice is one pause
    let passed = false;
    const waiting = gate.wait().then(() => {
      passed = true;
    });
    await Promise.resolve();
    expect(passed).toBe(false);
    gate.resume();
    await waiting;
    expect(passed).toBe(true);
    expect(gate.paused).toBe(false);
  });
});
