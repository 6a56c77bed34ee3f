import type { AvKind, AvSituation, InterruptionReason } from '@liuhen/domain';
import { API_BASE, request } from '../api/client.ts';

// The body-camera evidence API (issue 6): uploads, stored evidence objects and AV records.

export type { AvKind, InterruptionReason };

export type UploadStatus = 'receiving' | 'completed' | 'rejected' | 'terminated';

/** What ffprobe read from the file; any of it may be missing. */
export interface MediaFacts {
  readonly durationSeconds?: number;
  readonly videoCodec?: string;
  readonly audioCodec?: string;
  readonly width?: number;
  readonly height?: number;
  readonly formatName?: string;
  readonly capturedAt?: string;
}

export interface EvidenceObjectView {
  readonly id: string;
  readonly sha256: string;
  readonly sm3: string;
  readonly sizeBytes: number;
  readonly mediaType: string;
  readonly originalName: string;
  readonly storedAt: string;
  readonly media: MediaFacts | null;
}

export interface UploadView {
  readonly id: string;
  readonly status: UploadStatus;
  readonly offset: number;
  readonly length: number;
  readonly fileName: string;
  readonly mediaType: string;
  readonly caseId: string | null;
  readonly evidenceObject?: {
    readonly id: string;
    readonly sha256: string;
    readonly sm3: string;
    readonly sizeBytes: number;
    readonly storedAt: string;
  };
  readonly rejection?: { readonly type: string; readonly detail: string };
}

export interface InterruptionView {
  readonly reason: InterruptionReason;
  readonly from: string;
  readonly resumedAt?: string;
  readonly note?: string;
  readonly reportedTo?: string;
  readonly reportedAt?: string;
  readonly writtenExplanation?: string;
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export interface AvVersionView {
  readonly versionId: string;
  readonly recordedAt: string;
  readonly amendmentReason: string | null;
  readonly createdBy: PersonRef;
}

export interface AvRecordView {
  readonly id: string;
  readonly versionId: string;
  readonly caseId: string;
  /** The standard name (004 音像记录名称标识). */
  readonly name: string;
  readonly sequence: number;
  readonly kind: AvKind;
  readonly stage: string;
  readonly situations: AvSituation[];
  readonly recordId: string | null;
  readonly content: string;
  readonly maker: PersonRef;
  readonly deviceSerial: string | null;
  readonly recordingStartedAt: string;
  readonly recordingEndedAt: string;
  readonly returnedToUnitAt: string | null;
  readonly place: string;
  readonly personsPresent: string[];
  readonly announcementMade: boolean;
  readonly interruptions: InterruptionView[];
  readonly usedAsEvidence: boolean;
  readonly evidenceNoteRecordId: string | null;
  readonly storedAt: string;
  readonly evidenceObject: EvidenceObjectView;
  readonly hasPoster: boolean;
  readonly versions: AvVersionView[];
}

export interface NewAvRecord {
  readonly evidenceObjectId: string;
  readonly kind: AvKind;
  readonly situations: AvSituation[];
  readonly recordId?: string;
  readonly content: string;
  readonly deviceSerial?: string;
  readonly recordingStartedAt: string;
  readonly recordingEndedAt: string;
  readonly returnedToUnitAt?: string;
  readonly place: string;
  readonly personsPresent: string[];
  readonly announcementMade: boolean;
  readonly interruptions: InterruptionView[];
  readonly usedAsEvidence: boolean;
  readonly evidenceNoteRecordId?: string;
}

/** What an amendment may change; the server keeps the earlier version. */
export interface AvAmendment {
  readonly reason: string;
  readonly situations?: AvSituation[];
  readonly recordId?: string | null;
  readonly interruptions?: InterruptionView[];
  readonly usedAsEvidence?: boolean;
  readonly evidenceNoteRecordId?: string | null;
  readonly place?: string;
  readonly personsPresent?: string[];
  readonly announcementMade?: boolean;
  readonly returnedToUnitAt?: string | null;
  readonly deviceSerial?: string | null;
}

export type AccessPurpose = 'view' | 'download';

export interface AccessGrant {
  readonly url: string;
  readonly expiresAt: string;
}

/** The tus endpoint (a path: tus-js-client resolves it against the page). */
export const UPLOADS_ENDPOINT = `${API_BASE}/uploads`;

const avPath = (id: string) => `/av-records/${encodeURIComponent(id)}`;

export function getUpload(id: string): Promise<UploadView> {
  return request<UploadView>('GET', `/uploads/${encodeURIComponent(id)}`);
}

export function getEvidenceObject(id: string): Promise<EvidenceObjectView> {
  return request<EvidenceObjectView>('GET', `/evidence-objects/${encodeURIComponent(id)}`);
}

export async function listAvRecords(caseId: string): Promise<AvRecordView[]> {
  return (
    await request<{ items: AvRecordView[] }>(
      'GET',
      `/cases/${encodeURIComponent(caseId)}/av-records`,
    )
  ).items;
}

export function getAvRecord(id: string): Promise<AvRecordView> {
  return request<AvRecordView>('GET', avPath(id));
}

export function createAvRecord(caseId: string, input: NewAvRecord): Promise<AvRecordView> {
  return request<AvRecordView>('POST', `/cases/${encodeURIComponent(caseId)}/av-records`, {
    body: input,
  });
}

export function amendAvRecord(id: string, input: AvAmendment): Promise<AvRecordView> {
  return request<AvRecordView>('POST', `${avPath(id)}/amendments`, { body: input });
}

export function requestAvAccess(
  id: string,
  purpose: AccessPurpose,
  reason: string,
): Promise<AccessGrant> {
  return request<AccessGrant>('POST', `${avPath(id)}/access`, { body: { purpose, reason } });
}

/** The poster image's address, for an <img>; the server answers 404 when there is none. */
export function posterUrl(id: string): string {
  return `${API_BASE}${avPath(id)}/poster`;
}
