import { request } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import type { AccessGrant, AccessPurpose, MediaFacts } from '../av/av-api.ts';
import type { PersonRef } from '../body-cameras/body-cameras-api.ts';

// 音像导入: files a collection station uploaded (`liuhen import <folder>`), placed on a case
// by the camera's holder and the capture time, or waiting in the agency's inbox (待分配).

export type ImportStatus = 'unassigned' | 'matched' | 'registered' | 'dismissed';
export type PlacementKind = 'automatic' | 'manual' | 'unmatched' | 'dismissed';
export type DismissalKind = 'accidental' | 'unrelated';

export interface CaseRef {
  readonly id: string;
  readonly caseNumber: string;
  readonly name: string;
}

/** One decision about where the file belongs, by the system (decidedBy null) or a person. */
export interface PlacementView {
  readonly id: string;
  readonly kind: PlacementKind;
  readonly caseId: string | null;
  readonly dismissal: DismissalKind | null;
  /** Why, in a sentence the clerk reads (e.g. which holder and which case window). */
  readonly basis: string;
  readonly reason: string | null;
  readonly decidedBy: PersonRef | null;
  readonly decidedAt: string;
}

export interface ImportedFileView {
  readonly id: string;
  readonly agencyId: string;
  readonly evidenceObjectId: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly sm3: string;
  readonly mediaType: string;
  readonly media: MediaFacts | null;
  readonly posterUrl: string | null;
  /** Where the file was on the collection station. */
  readonly originalPath: string;
  readonly deviceSerial: string;
  readonly bodyCamera: {
    readonly id: string;
    readonly serial: string;
    readonly label: string | null;
    readonly model: string | null;
  } | null;
  /** Who held the camera when it recorded. */
  readonly holder: PersonRef | null;
  readonly capturedFrom: string | null;
  readonly capturedUntil: string | null;
  readonly importedBy: PersonRef;
  readonly importedAt: string;
  readonly status: ImportStatus;
  readonly case: CaseRef | null;
  readonly placement: PlacementView;
  /** Cases it could belong to when the match was ambiguous. */
  readonly candidates: CaseRef[];
  /** By when an unassigned file must be placed (003 第二十九条); null otherwise. */
  readonly dueAt: string | null;
  readonly overdue: boolean;
  readonly avRecordId: string | null;
}

export interface ImportedFileDetail extends ImportedFileView {
  /** Newest first. */
  readonly placements: PlacementView[];
}

const filePath = (id: string) => `/imported-files/${encodeURIComponent(id)}`;

export function listImportedFiles(
  status: ImportStatus | undefined,
  cursor?: string,
  limit = 50,
): Promise<Page<ImportedFileView>> {
  return request<Page<ImportedFileView>>('GET', '/imported-files', {
    query: { status, cursor, limit },
  });
}

/** How many of the agency's files stand in each status. */
export function countImportedFiles(): Promise<Record<ImportStatus, number>> {
  return request<Record<ImportStatus, number>>('GET', '/imported-files/counts');
}

export function getImportedFile(id: string): Promise<ImportedFileDetail> {
  return request<ImportedFileDetail>('GET', filePath(id));
}

export function assignImportedFile(
  id: string,
  input: { caseId: string; reason: string },
): Promise<ImportedFileView> {
  return request<ImportedFileView>('POST', `${filePath(id)}/assignment`, { body: input });
}

export function dismissImportedFile(
  id: string,
  input: { kind: DismissalKind; reason: string },
): Promise<ImportedFileView> {
  return request<ImportedFileView>('POST', `${filePath(id)}/dismissal`, { body: input });
}

/** The files placed on the case and not yet registered as AV records (待登记). */
export async function listCaseImportedFiles(caseId: string): Promise<ImportedFileView[]> {
  return (
    await request<{ items: ImportedFileView[] }>(
      'GET',
      `/cases/${encodeURIComponent(caseId)}/imported-files`,
    )
  ).items;
}

/**
 * Asks to view or download with a reason (on the ledger). The shared access routes answer
 * `url`; the imports contract names it `contentUrl`: either is taken.
 */
export async function requestImportedFileAccess(
  id: string,
  purpose: AccessPurpose,
  reason: string,
): Promise<AccessGrant> {
  const grant = await request<{ url?: string; contentUrl?: string; expiresAt: string }>(
    'POST',
    `${filePath(id)}/access`,
    { body: { purpose, reason } },
  );
  return { url: grant.url ?? grant.contentUrl ?? '', expiresAt: grant.expiresAt };
}
