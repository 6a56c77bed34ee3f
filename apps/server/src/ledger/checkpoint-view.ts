import { z } from 'zod';
import type { CheckpointRow, KeyRow } from './ledger.repository.ts';
import { parseCheckpointNote } from './signing/index.ts';

/** A signed checkpoint as published: everything an outsider needs to check it later. */
export const checkpointViewSchema = z
  .strictObject({
    logId: z.string(),
    treeSize: z.number().int().min(0),
    rootHash: z.string().describe('base64'),
    hashAlgorithm: z.enum(['sha256', 'sm3']),
    time: z.string(),
    note: z.string().describe('base64 of the exact signed bytes'),
    signature: z.string().describe('base64'),
    keyId: z.string(),
    signatureAlgorithm: z.enum(['ed25519', 'sm2']),
    publicKey: z.string(),
  })
  .meta({ id: 'LedgerCheckpoint' });

export type CheckpointView = z.infer<typeof checkpointViewSchema>;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export function toCheckpointView(row: CheckpointRow, key: KeyRow): CheckpointView {
  const note = parseCheckpointNote(row.note);
  return {
    logId: row.logId,
    treeSize: row.treeSize,
    rootHash: b64(row.rootHash),
    hashAlgorithm: note.hashAlgorithm,
    time: note.time,
    note: b64(row.note),
    signature: b64(row.signature),
    keyId: key.keyId,
    signatureAlgorithm: key.algorithm as CheckpointView['signatureAlgorithm'],
    publicKey: key.publicKey,
  };
}

/** Base64 that decodes to exactly one byte string: re-encoding must give the same text. */
export function strictBase64(text: string, what: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw new Error(`${what} is not canonical base64`);
  return new Uint8Array(bytes);
}
