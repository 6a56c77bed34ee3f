import { request } from '../api/client.ts';

/**
 * The public ledger API (no session, no CSRF). Binary values are base64 strings. These
 * types live here rather than in api/types.ts because only the portal uses them.
 */
export type HashAlgorithm = 'sha256' | 'sm3';
export type SignatureAlgorithm = 'ed25519' | 'sm2';

/** A signed checkpoint exactly as published: everything needed to check it later. */
export interface Checkpoint {
  readonly logId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly hashAlgorithm: HashAlgorithm;
  readonly time: string;
  readonly note: string;
  readonly signature: string;
  readonly keyId: string;
  readonly signatureAlgorithm: SignatureAlgorithm;
  readonly publicKey: string;
}

export interface LedgerLog {
  readonly logId: string;
  readonly agencyId: string | null;
  readonly hashAlgorithm: HashAlgorithm;
  readonly latestCheckpoint: Checkpoint | null;
}

export interface LedgerKey {
  readonly keyId: string;
  readonly algorithm: SignatureAlgorithm;
  readonly publicKey: string;
  readonly createdAt: string;
}

export interface CheckpointPage {
  readonly items: Checkpoint[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  readonly nextBefore: number | null;
}

export interface ConsistencyProof {
  readonly logId: string;
  readonly from: number;
  readonly to: number;
  readonly proof: string[];
}

const BASE = '/public/ledger';
const logPath = (logId: string) => `${BASE}/logs/${encodeURIComponent(logId)}`;

export async function listLedgerLogs(): Promise<LedgerLog[]> {
  return (await request<{ items: LedgerLog[] }>('GET', `${BASE}/logs`)).items;
}

export async function listLedgerKeys(): Promise<LedgerKey[]> {
  return (await request<{ items: LedgerKey[] }>('GET', `${BASE}/keys`)).items;
}

/** Newest first; `before` is a tree size from `nextBefore`. */
export function listCheckpoints(logId: string, before?: number, limit = 50) {
  return request<CheckpointPage>('GET', `${logPath(logId)}/checkpoints`, {
    query: { limit, before },
  });
}

export function getConsistencyProof(logId: string, from: number, to: number) {
  return request<ConsistencyProof>('GET', `${logPath(logId)}/consistency`, {
    query: { from, to },
  });
}
