import { call } from '../api/client.ts';
import type { ResponseOf, Schema } from '../api/types.ts';

/**
 * The public ledger API (no session, no CSRF). Binary values are base64 strings. Only the
 * portal uses these types.
 */

/** A signed checkpoint exactly as published: everything needed to check it later. */
export type Checkpoint = Schema<'LedgerCheckpoint'>;
export type HashAlgorithm = Checkpoint['hashAlgorithm'];
export type SignatureAlgorithm = Checkpoint['signatureAlgorithm'];
export type LedgerLog = Schema<'LedgerLog'>;
export type LedgerKey = Schema<'LedgerKey'>;
/** `nextBefore`: pass as `before` for the next (older) page; null when there is none. */
export type CheckpointPage = ResponseOf<'listLedgerCheckpoints'>;
export type ConsistencyProof = ResponseOf<'getLedgerConsistencyProof'>;

export async function listLedgerLogs(): Promise<LedgerLog[]> {
  return (await call('listLedgerLogs')).items;
}

export async function listLedgerKeys(): Promise<LedgerKey[]> {
  return (await call('listLedgerKeys')).items;
}

/** Newest first; `before` is a tree size from `nextBefore`. */
export function listCheckpoints(logId: string, before?: number, limit = 50) {
  return call('listLedgerCheckpoints', { path: { logId }, query: { limit, before } });
}

export function getConsistencyProof(logId: string, from: number, to: number) {
  return call('getLedgerConsistencyProof', { path: { logId }, query: { from, to } });
}
