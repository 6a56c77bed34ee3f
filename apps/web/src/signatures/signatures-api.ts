import { API_BASE, call } from '../api/client.ts';
import type { BodyOf, Schema } from '../api/types.ts';

// Signatures on a record: drawn on the screen or uploaded as a scan (PNG), stored write-once.

export type RecordSignatures = Schema<'RecordSignatures'>;
export type RecordSignature = Schema<'RecordSignature'>;
export type SignatureRole = RecordSignature['role'];
export type NewSignature = BodyOf<'captureRecordSignature'>;

export function listRecordSignatures(
  recordId: string,
  signal?: AbortSignal,
): Promise<RecordSignatures> {
  return call('listRecordSignatures', { path: { id: recordId }, signal });
}

export function captureRecordSignature(
  recordId: string,
  input: NewSignature,
): Promise<RecordSignature> {
  return call('captureRecordSignature', { path: { id: recordId }, body: input });
}

/** The stored image; the server puts each viewing on the ledger. */
export function signatureImageUrl(signatureId: string): string {
  return `${API_BASE}/signatures/${encodeURIComponent(signatureId)}/image`;
}
