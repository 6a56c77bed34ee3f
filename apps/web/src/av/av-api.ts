import type { AvKind, InterruptionReason } from '@liuhen/domain';
import { API_BASE, call } from '../api/client.ts';
import type { BodyOf, ResponseOf, Schema } from '../api/types.ts';

// The body-camera evidence API (issue 6): uploads, stored evidence objects and AV records.

export type { AvKind, InterruptionReason };

export type UploadView = Schema<'Upload'>;
export type UploadStatus = UploadView['status'];
export type EvidenceObjectView = Schema<'EvidenceObject'>;
/** What ffprobe read from the file; any of it may be missing. */
export type MediaFacts = NonNullable<EvidenceObjectView['media']>;
export type AvRecordView = Schema<'AvRecord'>;
export type InterruptionView = AvRecordView['interruptions'][number];
export type PersonRef = AvRecordView['maker'];
export type AvVersionView = AvRecordView['versions'][number];
export type NewAvRecord = BodyOf<'createAvRecord'>;
/** What an amendment may change; the server keeps the earlier version. */
export type AvAmendment = BodyOf<'amendAvRecord'>;
export type AccessPurpose = BodyOf<'requestAvRecordAccess'>['purpose'];
export type AccessGrant = ResponseOf<'requestAvRecordAccess'>;

/** The tus endpoint (a path: tus-js-client resolves it against the page). */
export const UPLOADS_ENDPOINT = `${API_BASE}/uploads`;

const avPath = (id: string) => `/av-records/${encodeURIComponent(id)}`;

export function getUpload(id: string): Promise<UploadView> {
  return call('getUpload', { path: { id } });
}

export function getEvidenceObject(id: string): Promise<EvidenceObjectView> {
  return call('getEvidenceObject', { path: { id } });
}

export async function listAvRecords(caseId: string): Promise<AvRecordView[]> {
  return (await call('listCaseAvRecords', { path: { id: caseId } })).items;
}

export function getAvRecord(id: string): Promise<AvRecordView> {
  return call('getAvRecord', { path: { id } });
}

export function createAvRecord(caseId: string, input: NewAvRecord): Promise<AvRecordView> {
  return call('createAvRecord', { path: { id: caseId }, body: input });
}

export function amendAvRecord(id: string, input: AvAmendment): Promise<AvRecordView> {
  return call('amendAvRecord', { path: { id }, body: input });
}

export function requestAvAccess(
  id: string,
  purpose: AccessPurpose,
  reason: string,
): Promise<AccessGrant> {
  return call('requestAvRecordAccess', { path: { id }, body: { purpose, reason } });
}

/** The poster image's address, for an <img>; the server answers 404 when there is none. */
export function posterUrl(id: string): string {
  return `${API_BASE}${avPath(id)}/poster`;
}
