import { parentPort } from 'node:worker_threads';
import { bytesEqual, hashLeaf, parseCanonicalJson, type HashAlgorithm } from '@liuhen/domain';
import { digestFor } from './digests.ts';

/**
 * The per-entry half of a full verification, run on other cores: each entry's bytes must be
 * canonical JSON naming its own log and sequence number, and hash to its stored leaf hash.
 * Answers with the first entry of the chunk that is wrong, or none.
 */
export interface VerifyChunk {
  readonly id: number;
  readonly algorithm: HashAlgorithm;
  readonly logId: string;
  readonly seqs: number[];
  readonly bodies: Uint8Array[];
  readonly leafHashes: Uint8Array[];
}

export interface VerifyChunkResult {
  readonly id: number;
  readonly failure: { seq: number; problem: string } | null;
}

export function checkEntries(chunk: Omit<VerifyChunk, 'id'>): VerifyChunkResult['failure'] {
  const digest = digestFor(chunk.algorithm);
  for (let i = 0; i < chunk.seqs.length; i++) {
    const seq = chunk.seqs[i]!;
    const body = chunk.bodies[i]!;
    let entry: { log?: unknown; seq?: unknown };
    try {
      entry = parseCanonicalJson(body) as { log?: unknown; seq?: unknown };
    } catch {
      return { seq, problem: 'entry bytes are not canonical JSON' };
    }
    if (entry.log !== chunk.logId || entry.seq !== seq) {
      return { seq, problem: 'entry names another log or sequence number' };
    }
    if (!bytesEqual(hashLeaf(digest, body), chunk.leafHashes[i]!)) {
      return { seq, problem: 'leaf hash does not match the entry' };
    }
  }
  return null;
}

parentPort?.on('message', (chunk: VerifyChunk) => {
  const result: VerifyChunkResult = { id: chunk.id, failure: checkEntries(chunk) };
  parentPort!.postMessage(result);
});
