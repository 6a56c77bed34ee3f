import { call } from '../api/client.ts';
import type { BodyOf, Page, Schema } from '../api/types.ts';
import type { AccessGrant, AccessPurpose } from '../av/av-api.ts';

// 音像导入: files a collection station uploaded (`liuhen import <folder>`), placed on a case
// by the camera's holder and the capture time, or waiting in the agency's inbox (待分配).

export type ImportedFileView = Schema<'ImportedFile'>;
/** Newest placement first. */
export type ImportedFileDetail = Schema<'ImportedFileDetail'>;
/** One decision about where the file belongs, by the system (decidedBy null) or a person. */
export type PlacementView = Schema<'ImportedFilePlacement'>;
export type ImportStatus = ImportedFileView['status'];
export type PlacementKind = PlacementView['kind'];
export type DismissalKind = NonNullable<PlacementView['dismissal']>;
export type CaseRef = NonNullable<ImportedFileView['case']>;

export function listImportedFiles(
  status: ImportStatus | undefined,
  cursor?: string,
  limit = 50,
): Promise<Page<ImportedFileView>> {
  return call('listImportedFiles', { query: { status, cursor, limit } });
}

/** How many of the agency's files stand in each status. */
export function countImportedFiles(): Promise<Record<ImportStatus, number>> {
  return call('countImportedFiles');
}

export function getImportedFile(id: string): Promise<ImportedFileDetail> {
  return call('getImportedFile', { path: { id } });
}

export function assignImportedFile(
  id: string,
  input: BodyOf<'assignImportedFile'>,
): Promise<ImportedFileView> {
  return call('assignImportedFile', { path: { id }, body: input });
}

export function dismissImportedFile(
  id: string,
  input: BodyOf<'dismissImportedFile'>,
): Promise<ImportedFileView> {
  return call('dismissImportedFile', { path: { id }, body: input });
}

/** The files placed on the case and not yet registered as AV records (待登记). */
export async function listCaseImportedFiles(caseId: string): Promise<ImportedFileView[]> {
  return (await call('listCaseImportedFiles', { path: { id: caseId } })).items;
}

/** Asks to view or download with a reason (on the ledger). */
export function requestImportedFileAccess(
  id: string,
  purpose: AccessPurpose,
  reason: string,
): Promise<AccessGrant> {
  return call('requestImportedFileAccess', { path: { id }, body: { purpose, reason } });
}
