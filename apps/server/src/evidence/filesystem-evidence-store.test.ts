import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EvidenceObjectConflictError,
  EvidenceObjectMissingError,
  evidenceKeyOf,
  type EvidenceStore,
} from './evidence-store.ts';
import { openFilesystemEvidenceStore } from './filesystem-evidence-store.ts';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

describe('the filesystem evidence store', () => {
  let work: string;
  let root: string;
  let store: EvidenceStore;
  let sources = 0;

  /** A file outside the store holding `bytes`, as an upload's part file would be. */
  async function sourceFile(bytes: Uint8Array): Promise<string> {
    const file = path.join(work, `source-${sources++}.part`);
    await writeFile(file, bytes);
    return file;
  }

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'liuhen-store-'));
    root = path.join(work, 'evidence');
    store = await openFilesystemEvidenceStore(root);
  });

  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('commits a file as a read-only object under its content address', async () => {
    const bytes = randomBytes(300_000);
    const sha256 = sha256Of(bytes);
    const source = await sourceFile(bytes);

    const result = await store.commit({ path: source, sha256, sizeBytes: bytes.length });

    expect(result).toEqual({ key: evidenceKeyOf(sha256), created: true });
    expect(result.key).toBe(`sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`);
    const objectPath = path.join(root, ...result.key.split('/'));
    expect(await readFile(objectPath)).toEqual(bytes);
    expect((await stat(objectPath)).mode & 0o777).toBe(0o444);
    expect(await exists(source)).toBe(false);
    expect(await store.stat(result.key)).toEqual({ sizeBytes: bytes.length });
    expect(await bytesOf(await store.read(result.key))).toEqual(bytes);
  });

  it('keeps the existing object when the same bytes arrive again, and consumes the source', async () => {
    const bytes = randomBytes(50_000);
    const sha256 = sha256Of(bytes);
    const first = await store.commit({
      path: await sourceFile(bytes),
      sha256,
      sizeBytes: bytes.length,
    });
    const objectPath = path.join(root, ...first.key.split('/'));
    const before = await stat(objectPath);

    const again = await sourceFile(bytes);
    const second = await store.commit({ path: again, sha256, sizeBytes: bytes.length });

    expect(second).toEqual({ key: first.key, created: false });
    expect(await exists(again)).toBe(false);
    const after = await stat(objectPath);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(objectPath)).toEqual(bytes);
  });

  it('refuses different bytes under an existing address and leaves the original unchanged', async () => {
    const original = Buffer.from('原始音像资料：执法记录仪 0001 号，2026-03-01 09:00');
    const sha256 = sha256Of(original);
    const { key } = await store.commit({
      path: await sourceFile(original),
      sha256,
      sizeBytes: original.length,
    });
    const objectPath = path.join(root, ...key.split('/'));
    const inode = (await stat(objectPath)).ino;

    // The same length, one byte changed, claiming the original's hash: a write over it.
    const forged = Buffer.from(original);
    forged[forged.length - 1] = forged[forged.length - 1]! ^ 0xff;
    const forgedSource = await sourceFile(forged);
    const attempt = store.commit({ path: forgedSource, sha256, sizeBytes: forged.length });

    await expect(attempt).rejects.toBeInstanceOf(EvidenceObjectConflictError);
    await expect(attempt).rejects.toMatchObject({ key });
    expect(await readFile(objectPath)).toEqual(original);
    expect((await stat(objectPath)).ino).toBe(inode);
    expect((await stat(objectPath)).mode & 0o777).toBe(0o444);
    // A different length under the same address is refused too.
    const longer = await sourceFile(Buffer.concat([original, Buffer.from('x')]));
    await expect(
      store.commit({ path: longer, sha256, sizeBytes: original.length + 1 }),
    ).rejects.toBeInstanceOf(EvidenceObjectConflictError);
    expect(await readFile(objectPath)).toEqual(original);
  });

  it('reads an inclusive byte range', async () => {
    const bytes = randomBytes(10_000);
    const sha256 = sha256Of(bytes);
    const { key } = await store.commit({
      path: await sourceFile(bytes),
      sha256,
      sizeBytes: bytes.length,
    });

    expect(await bytesOf(await store.read(key, { start: 100, end: 199 }))).toEqual(
      bytes.subarray(100, 200),
    );
    expect(await bytesOf(await store.read(key, { start: 9_999, end: 9_999 }))).toEqual(
      bytes.subarray(9_999),
    );
    expect(await bytesOf(await store.read(key, { start: 0, end: 0 }))).toEqual(
      bytes.subarray(0, 1),
    );
  });

  it('says a missing object is missing', async () => {
    const key = evidenceKeyOf(sha256Of(Buffer.from('never stored')));
    expect(await store.stat(key)).toBeUndefined();
    await expect(store.read(key)).rejects.toBeInstanceOf(EvidenceObjectMissingError);
  });

  it('treats malformed keys as missing and never touches paths outside the store', async () => {
    const secret = path.join(work, 'outside.txt');
    await writeFile(secret, 'not evidence');
    const digest = sha256Of(Buffer.from('x'));
    const malformed = [
      '../x',
      '../outside.txt',
      `sha256/../../outside.txt`,
      `sha256/${digest.slice(0, 2)}/${digest.slice(2, 4)}/../${digest}`,
      `sha256/00/00/${digest}`,
      `/etc/passwd`,
      `sha256/${digest.slice(0, 2)}/${digest.slice(2, 4)}/${digest.toUpperCase()}`,
      '',
    ];
    for (const key of malformed) {
      expect(await store.stat(key), key).toBeUndefined();
      await expect(store.read(key), key).rejects.toBeInstanceOf(EvidenceObjectMissingError);
    }
    expect(await readFile(secret, 'utf8')).toBe('not evidence');
  });

  it('refuses a malformed content address on commit and writes nothing', async () => {
    const source = await sourceFile(Buffer.from('abc'));
    await expect(store.commit({ path: source, sha256: '../../x', sizeBytes: 3 })).rejects.toThrow(
      /not a lower-case SHA-256/,
    );
    expect(await exists(source)).toBe(true);
    expect(await readdir(root)).toEqual([]);
  });

  it('reports itself available', async () => {
    expect(await store.status()).toEqual({ kind: 'filesystem', status: 'ok' });
  });
});
