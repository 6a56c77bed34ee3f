import { evidenceObjectView } from '../evidence/evidence-object-view.ts';
import type { AttachmentView } from './attachment-schemas.ts';
import type { AttachmentListing } from './attachments.repository.ts';

export function attachmentView({
  attachment,
  object,
  attachedByName,
}: AttachmentListing): AttachmentView {
  return {
    id: attachment.id,
    recordId: attachment.recordId,
    description: attachment.description,
    attachedAt: attachment.attachedAt.toISOString(),
    attachedBy: { id: attachment.attachedBy, name: attachedByName },
    evidenceObject: evidenceObjectView(object),
  };
}
