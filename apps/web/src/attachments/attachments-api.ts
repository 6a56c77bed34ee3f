import { call } from '../api/client.ts';
import type { BodyOf, Schema } from '../api/types.ts';
import type { AccessGrant, AccessPurpose } from '../av/av-api.ts';

// Scans and photos attached to a text record (issue 5): the file is stored write-once like
// a recording, the attachment says which record it belongs to and what it is.

export type AttachmentView = Schema<'RecordAttachment'>;

export async function listAttachments(recordId: string): Promise<AttachmentView[]> {
  return (await call('listRecordAttachments', { path: { id: recordId } })).items;
}

export function createAttachment(
  recordId: string,
  input: BodyOf<'addRecordAttachment'>,
): Promise<AttachmentView> {
  return call('addRecordAttachment', { path: { id: recordId }, body: input });
}

export function requestAttachmentAccess(
  id: string,
  purpose: AccessPurpose,
  reason: string,
): Promise<AccessGrant> {
  return call('requestAttachmentAccess', { path: { id }, body: { purpose, reason } });
}
