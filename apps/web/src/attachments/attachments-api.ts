import { request } from '../api/client.ts';
import type { AccessGrant, AccessPurpose, EvidenceObjectView, PersonRef } from '../av/av-api.ts';

// Scans and photos attached to a text record (issue 5): the file is stored write-once like
// a recording, the attachment says which record it belongs to and what it is.

export interface AttachmentView {
  readonly id: string;
  readonly recordId: string;
  /** What it is, e.g. 询问笔录签字页扫描件. */
  readonly description: string;
  readonly attachedAt: string;
  readonly attachedBy: PersonRef;
  readonly evidenceObject: EvidenceObjectView;
}

const recordPath = (recordId: string) => `/records/${encodeURIComponent(recordId)}/attachments`;

export async function listAttachments(recordId: string): Promise<AttachmentView[]> {
  return (await request<{ items: AttachmentView[] }>('GET', recordPath(recordId))).items;
}

export function createAttachment(
  recordId: string,
  input: { evidenceObjectId: string; description: string },
): Promise<AttachmentView> {
  return request<AttachmentView>('POST', recordPath(recordId), { body: input });
}

export function requestAttachmentAccess(
  id: string,
  purpose: AccessPurpose,
  reason: string,
): Promise<AccessGrant> {
  return request<AccessGrant>('POST', `/attachments/${encodeURIComponent(id)}/access`, {
    body: { purpose, reason },
  });
}
