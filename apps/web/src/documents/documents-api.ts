import { API_BASE, call, csrfHeaders } from '../api/client.ts';
import { ApiError, isProblem, localProblem } from '../api/problem.ts';
import type { BodyOf, Schema } from '../api/types.ts';

// 执法文书: drafts (PDF/DOCX), issuing with a 文号, the issued PDF, 作废, and the public check.

export type IssuedDocument = Schema<'IssuedDocument'>;
export type PublicDocument = Schema<'PublicDocument'>;
export type DocumentFileComparison = Schema<'DocumentFileComparison'>;
export type DocumentSettings = Schema<'DocumentSettings'>;
export type DocumentSettingsInput = BodyOf<'saveDocumentSettings'>;

export function getDocumentSettings(agencyId: string): Promise<DocumentSettings> {
  return call('getDocumentSettings', { path: { id: agencyId } });
}

export function saveDocumentSettings(
  agencyId: string,
  input: DocumentSettingsInput,
): Promise<DocumentSettings> {
  return call('saveDocumentSettings', { path: { id: agencyId }, body: input });
}

export async function listCaseDocuments(caseId: string): Promise<IssuedDocument[]> {
  return (await call('listCaseDocuments', { path: { id: caseId } })).items;
}

export function issueRecordDocument(recordId: string): Promise<IssuedDocument> {
  return call('issueRecordDocument', { path: { id: recordId } });
}

export function voidIssuedDocument(documentId: string, reason: string): Promise<IssuedDocument> {
  return call('voidIssuedDocument', { path: { id: documentId }, body: { reason } });
}

export function verifyDocumentCode(code: string): Promise<PublicDocument> {
  return call('verifyDocumentCode', { path: { code } });
}

export function issuedPdfUrl(documentId: string): string {
  return `${API_BASE}/documents/${encodeURIComponent(documentId)}/pdf`;
}

export function draftUrl(recordId: string, format: 'pdf' | 'docx'): string {
  return `${API_BASE}/records/${encodeURIComponent(recordId)}/document?format=${format}`;
}

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  return new ApiError(
    isProblem(body)
      ? body
      : localProblem(response.status, '生成文书失败', `服务器返回了错误（${response.status}）。`),
  );
}

/** A draft as bytes, with the items the document still lacks (shown above the preview). */
export async function fetchDraft(
  recordId: string,
  format: 'pdf' | 'docx',
  signal?: AbortSignal,
): Promise<{ blob: Blob; missing: string[] }> {
  const response = await fetch(draftUrl(recordId, format), { credentials: 'same-origin', signal });
  if (!response.ok) throw await failure(response);
  const missing = decodeURIComponent(response.headers.get('x-document-missing') ?? '');
  return { blob: await response.blob(), missing: missing === '' ? [] : missing.split('、') };
}

export async function fetchIssuedPdf(documentId: string, signal?: AbortSignal): Promise<Blob> {
  const response = await fetch(issuedPdfUrl(documentId), { credentials: 'same-origin', signal });
  if (!response.ok) throw await failure(response);
  return response.blob();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * 核验包: the proof bundle's exact text (any re-serialisation would fail verification). Right
 * after issuing the entry may wait a second for its signed checkpoint: asked again a few times.
 */
export async function fetchDocumentProof(documentId: string): Promise<Blob> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(`${API_BASE}/documents/${encodeURIComponent(documentId)}/proof`, {
      credentials: 'same-origin',
    });
    if (response.ok) return response.blob();
    const error = await failure(response);
    if (attempt >= 4 || !error.is('ledger-entry-not-checkpointed')) throw error;
    await wait(1_000 * attempt);
  }
}

/** 批量打印: the chosen documents of the case merged into one PDF, in the order given. */
export async function printCaseDocuments(
  caseId: string,
  documentIds: readonly string[],
  signal?: AbortSignal,
): Promise<Blob> {
  const response = await fetch(`${API_BASE}/cases/${encodeURIComponent(caseId)}/documents/print`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ documentIds }),
    signal,
  });
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** 当事人复制: a copy marked 复制件 under an approved party-copy request. */
export async function fetchPartyCopy(documentId: string): Promise<Blob> {
  const response = await fetch(
    `${API_BASE}/documents/${encodeURIComponent(documentId)}/party-copy`,
    { method: 'POST', credentials: 'same-origin', headers: csrfHeaders() },
  );
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** Uploads a PDF to compare with the issued one (public, no session). */
export async function compareDocumentFile(
  code: string | null,
  file: Blob,
): Promise<DocumentFileComparison> {
  const url =
    code === null
      ? `${API_BASE}/public/documents/identify`
      : `${API_BASE}/public/documents/${encodeURIComponent(code)}/compare`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', accept: 'application/json' },
    body: file,
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as DocumentFileComparison;
}

export type ElectronicDelivery = Schema<'ElectronicDelivery'>;
export type NewDelivery = BodyOf<'sendDocumentElectronically'>;

export function sendDocumentElectronically(
  documentId: string,
  input: NewDelivery,
): Promise<{ delivery: ElectronicDelivery; link: string }> {
  return call('sendDocumentElectronically', { path: { id: documentId }, body: input });
}

export async function listDocumentDeliveries(documentId: string): Promise<ElectronicDelivery[]> {
  return (await call('listDocumentDeliveries', { path: { id: documentId } })).items;
}

export async function fetchDeliveryReceipt(
  deliveryId: string,
  signal?: AbortSignal,
): Promise<Blob> {
  const response = await fetch(`${API_BASE}/deliveries/${encodeURIComponent(deliveryId)}/receipt`, {
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw await failure(response);
  return response.blob();
}

export function getPublicDelivery(token: string) {
  return call('getPublicDelivery', { path: { token } });
}

export function deliveredPdfUrl(token: string): string {
  return `${API_BASE}/public/deliveries/${encodeURIComponent(token)}/pdf`;
}
