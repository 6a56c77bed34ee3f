import { API_BASE, request } from '../api/client.ts';

// 调阅申请 and the case's access history, as apps/server/src/access/access-requests.routes.ts
// describes them.

export type AccessKind = 'beyond_permission' | 'external_agency' | 'party_copy';

/** What a grant may carry: reading and viewing or copying, never working on the case. */
export type GrantablePermission =
  'case:read' | 'record:read' | 'evidence:view' | 'evidence:download';

export type AccessRequestStatus = 'pending' | 'approved' | 'rejected' | 'expired' | 'revoked';

export interface UserRef {
  readonly userId: string;
  readonly displayName: string;
}

export interface AccessDecisionView {
  readonly approved: boolean;
  readonly decidedBy: UserRef;
  readonly comment: string | null;
  readonly validUntil: string | null;
  readonly decidedAt: string;
}

export interface AccessRevocationView {
  readonly revokedBy: UserRef;
  readonly reason: string;
  readonly revokedAt: string;
}

export interface AccessRequest {
  readonly id: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly kind: AccessKind;
  readonly requester: UserRef;
  readonly grantee: UserRef;
  readonly onBehalfOf: string | null;
  /** Null: the whole case; else these records, recordings or attachments. */
  readonly subjectIds: string[] | null;
  readonly permissions: string[];
  readonly reason: string;
  readonly requestedUntil: string;
  readonly createdAt: string;
  readonly status: AccessRequestStatus;
  readonly decision: AccessDecisionView | null;
  readonly revocation: AccessRevocationView | null;
}

export interface NewAccessRequest {
  readonly kind: AccessKind;
  readonly onBehalfOf?: string;
  readonly granteeId?: string;
  readonly subjectIds?: string[];
  readonly permissions: GrantablePermission[];
  readonly reason: string;
  readonly until: string;
}

export interface AccessDecisionInput {
  readonly approved: boolean;
  readonly comment?: string;
  /** Only to shorten what was asked for. */
  readonly validUntil?: string;
}

/** One read or act on the case as the ledger holds it. */
export interface AccessHistoryItem {
  /** The ledger (one per agency) and the entry's place in it. */
  readonly logId: string;
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly label: string;
  readonly actor: {
    readonly id: string | null;
    readonly username: string;
    readonly displayName: string;
  };
  readonly target: string | null;
  readonly purpose: string | null;
  readonly reason: string | null;
  /**
   * For a read: the grant that let the reader in (null when the role sufficed); for a
   * request, decision or revocation: the request itself.
   */
  readonly grantId: string | null;
  /** A download's marked copy: the id printed on the copy (watermark or metadata). */
  readonly copyId?: string | null;
}

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;
const requestPath = (id: string) => `/access-requests/${encodeURIComponent(id)}`;

export function submitAccessRequest(
  caseId: string,
  input: NewAccessRequest,
): Promise<AccessRequest> {
  return request<AccessRequest>('POST', `${casePath(caseId)}/access-requests`, { body: input });
}

export async function listCaseAccessRequests(caseId: string): Promise<AccessRequest[]> {
  return (await request<{ items: AccessRequest[] }>('GET', `${casePath(caseId)}/access-requests`))
    .items;
}

export function listMyAccessRequests(): Promise<{
  mine: AccessRequest[];
  toDecide: AccessRequest[];
}> {
  return request('GET', '/access-requests');
}

export function decideAccessRequest(
  id: string,
  input: AccessDecisionInput,
): Promise<AccessRequest> {
  return request<AccessRequest>('POST', `${requestPath(id)}/decision`, { body: input });
}

export function revokeAccessRequest(id: string, reason: string): Promise<AccessRequest> {
  return request<AccessRequest>('POST', `${requestPath(id)}/revocation`, { body: { reason } });
}

export async function listAccessHistory(caseId: string): Promise<AccessHistoryItem[]> {
  return (
    await request<{ items: AccessHistoryItem[] }>('GET', `${casePath(caseId)}/access-history`)
  ).items;
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
export interface ExternalReader {
  readonly id: string;
  readonly displayName: string;
  readonly username: string;
  readonly agencyId: string;
  readonly agencyName: string;
}

/** Other agencies' active users whose name, username or agency matches (20 at most). */
export async function searchExternalReaders(q: string): Promise<ExternalReader[]> {
  return (await request<{ items: ExternalReader[] }>('GET', '/external-readers', { query: { q } }))
    .items;
}
