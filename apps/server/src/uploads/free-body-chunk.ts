import { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';

/**
 * Whether a body's pieces may be freed as soon as they are copied. Node's HTTP parser copies
 * each piece of a request body into a new buffer of its own, which only the body's reader
 * ever sees; other streams (tests, pipes) may hand out buffers that are still in use.
 */
export function ownsItsChunks(body: Readable): boolean {
  return body instanceof IncomingMessage;
}

/**
 * Frees a piece of a request body now instead of at the next garbage collection. Why: V8
 * counts such buffers as external memory, and when tens of MiB of them pile up between the
 * young generation's collections it starts a full mark-compact of the whole heap — about
 * forty per GiB received, more CPU than hashing SHA-256. Detaching the buffer (transfer to
 * length 0) releases its memory and its count at once. Only a buffer that is exactly one
 * piece is freed, never a slice of a shared one.
 */
export function freeBodyChunk(chunk: Buffer): void {
  const buffer = chunk.buffer;
  if (!(buffer instanceof ArrayBuffer)) return;
  if (chunk.byteOffset !== 0 || chunk.byteLength !== buffer.byteLength) return;
  try {
    buffer.transfer(0);
  } catch {
    // Not detachable: the garbage collector frees it as before.
  }
}
