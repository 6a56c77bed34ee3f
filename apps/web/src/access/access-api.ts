import { API_BASE, call } from '../api/client.ts';
import type { BodyOf, ResponseOf, Schema } from '../api/types.ts';

// 调阅申请 and the case's access history, as apps/server/src/access/access-requests.routes.ts
// describes them.

export type AccessRequest = Schema<'AccessRequest'>;
export type AccessKind = AccessRequest['kind'];
export type AccessRequestStatus = AccessRequest['status'];
export type UserRef = AccessRequest['requester'];
export type AccessDecisionView = NonNullable<AccessRequest['decision']>;
export type AccessRevocationView = NonNullable<AccessRequest['revocation']>;
export type NewAccessRequest = BodyOf<'createAccessRequest'>;
/** What a grant may carry: reading and viewing or copying, never working on the case. */
export type GrantablePermission = NewAccessRequest['permissions'][number];
/** `validUntil` only shortens what was asked for. */
export type AccessDecisionInput = BodyOf<'decideAccessRequest'>;
/**
 * One read or act on the case as the ledger holds it. `grantId`: for a read, the grant that
 * let the reader in (null when the role sufficed); for a request, decision or revocation, the
 * request itself. `copyId`: a download's marked copy, the id printed on it.
 */
export type AccessHistoryItem = Schema<'AccessHistoryItem'>;

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export function submitAccessRequest(
  caseId: string,
  input: NewAccessRequest,
): Promise<AccessRequest> {
  return call('createAccessRequest', { path: { id: caseId }, body: input });
}

export async function listCaseAccessRequests(caseId: string): Promise<AccessRequest[]> {
  return (await call('listCaseAccessRequests', { path: { id: caseId } })).items;
}

export function listMyAccessRequests(): Promise<ResponseOf<'listAccessRequests'>> {
  return call('listAccessRequests');
}

export function decideAccessRequest(
  id: string,
  input: AccessDecisionInput,
): Promise<AccessRequest> {
  return call('decideAccessRequest', { path: { id }, body: input });
}

export function revokeAccessRequest(id: string, reason: string): Promise<AccessRequest> {
  return call('revokeAccessRequest', { path: { id }, body: { reason } });
}

export async function listAccessHistory(caseId: string): Promise<AccessHistoryItem[]> {
  return (await call('listCaseAccessHistory', { path: { id: caseId } })).items;
}

/** The CSV export's address, for a plain link (the browser sends the session cookie). */
export function accessHistoryCsvUrl(caseId: string): string {
  return `${API_BASE}${casePath(caseId)}/access-history.csv`;
}

/** The same history as a PDF for the paper file, linked the same way. */
export function accessHistoryPdfUrl(caseId: string): string {
  return `${API_BASE}${casePath(caseId)}/access-history.pdf`;
}

/** An active user of another agency who may be named as the reader of a grant. */
export type ExternalReader = Schema<'ExternalReader'>;

/** Other agencies' active users whose name, username or agency matches (20 at most). */
export async function searchExternalReaders(q: string): Promise<ExternalReader[]> {
  return (await call('listExternalReaders', { query: { q } })).items;
}
