import { createCipheriv, createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

const BLOCK = 4 << 20;

/**
 * A file of `size` pseudo-random bytes, the same for the same `seed` (an AES-128-CTR key
 * stream), written block by block so that even a file of several GiB never sits in memory.
 * Returns its SHA-256, computed while writing.
 */
export async function writePseudoRandomFile(
  file: string,
  size: number,
  seed = 'liuhen',
): Promise<{ sha256: string }> {
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-128-ctr', key.subarray(0, 16), key.subarray(16, 32));
  const zeros = Buffer.alloc(BLOCK);
  const hash = createHash('sha256');
  const handle = await open(file, 'w');
  try {
    for (let written = 0; written < size;) {
      const length = Math.min(BLOCK, size - written);
      const block = cipher.update(zeros.subarray(0, length));
      hash.update(block);
      await handle.write(block, 0, block.length, written);
      written += block.length;
    }
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex') };
}

/** A file's SHA-256, read as a stream. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
