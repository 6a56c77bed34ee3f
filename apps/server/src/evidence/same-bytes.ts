import { open, stat } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 20;

/**
 * Whether two files hold the same bytes. Used only when a content address is already taken,
 * so that a false hash can never make the store treat different bytes as already stored.
 */
export async function filesHaveSameBytes(left: string, right: string): Promise<boolean> {
  const [leftInfo, rightInfo] = await Promise.all([stat(left), stat(right)]);
  if (leftInfo.size !== rightInfo.size) return false;
  const [a, b] = await Promise.all([open(left, 'r'), open(right, 'r')]);
  try {
    const bufferA = Buffer.allocUnsafe(CHUNK_BYTES);
    const bufferB = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = 0; position < leftInfo.size; position += CHUNK_BYTES) {
      const [readA, readB] = await Promise.all([
        a.read(bufferA, 0, CHUNK_BYTES, position),
        b.read(bufferB, 0, CHUNK_BYTES, position),
      ]);
      if (readA.bytesRead !== readB.bytesRead) return false;
      if (!bufferA.subarray(0, readA.bytesRead).equals(bufferB.subarray(0, readB.bytesRead))) {
        return false;
      }
    }
    return true;
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}
