import { isUtf8 } from 'node:buffer';
import { parentPort } from 'node:worker_threads';
import { hashLeaf, parseCanonicalJsonText, type HashAlgorithm } from '@liuhen/domain';
import { digestFor } from './digests.ts';

/**
 * The per-entry half of a full verification, run on other cores: each entry's bytes must be
 * canonical JSON naming its own log and sequence number, and hash to its stored leaf hash.
 * Entries travel packed in one transferred buffer (bodies back to back, with offsets), so
 * a chunk crosses threads without copying.
 */
export interface VerifyChunk {
  readonly id: number;
  readonly algorithm: HashAlgorithm;
  readonly logId: string;
  readonly firstSeq: number;
  /** bodies[i] = packed.subarray(offsets[i], offsets[i + 1]) */
  readonly packed: Uint8Array;
  readonly offsets: Uint32Array;
  /** 32 bytes per entry, in order. */
  readonly leafHashes: Uint8Array;
}

export interface VerifyChunkResult {
  readonly id: number;
  readonly failure: { seq: number; problem: string } | null;
}

export function checkEntries(chunk: Omit<VerifyChunk, 'id'>): VerifyChunkResult['failure'] {
  const digest = digestFor(chunk.algorithm);
  const count = chunk.offsets.length - 1;
  const text = Buffer.from(chunk.packed.buffer, chunk.packed.byteOffset, chunk.packed.byteLength);
  for (let i = 0; i < count; i++) {
    const seq = chunk.firstSeq + i;
    const body = chunk.packed.subarray(chunk.offsets[i], chunk.offsets[i + 1]);
    if (!isUtf8(body)) return { seq, problem: 'entry bytes are not canonical JSON (not UTF-8)' };
    const source = text.toString('utf8', chunk.offsets[i], chunk.offsets[i + 1]);
    let entry: { log?: unknown; seq?: unknown };
    try {
      entry = parseCanonicalJsonText(source) as { log?: unknown; seq?: unknown };
    } catch {
      return { seq, problem: 'entry bytes are not canonical JSON' };
    }
    if (entry.log !== chunk.logId || entry.seq !== seq) {
      return { seq, problem: 'entry names another log or sequence number' };
    }
    const leaf = hashLeaf(digest, body);
    const stored = chunk.leafHashes.subarray(i * 32, i * 32 + 32);
    if (Buffer.compare(leaf, stored) !== 0) {
      return { seq, problem: 'leaf hash does not match the entry' };
    }
  }
  return null;
}

parentPort?.on('message', (chunk: VerifyChunk) => {
  const result: VerifyChunkResult = { id: chunk.id, failure: checkEntries(chunk) };
  parentPort!.postMessage(result);
});
