import { z } from 'zod';
import { evidenceObjectSchema } from '../evidence/evidence-object-view.ts';

export const newAttachmentBody = z.strictObject({
  evidenceObjectId: z.uuid(),
  /** What the file is, e.g. 询问笔录签字页扫描件: the list shows it first. */
  description: z.string().trim().min(1, '请填写附件说明').max(200),
});
export type NewAttachmentInput = z.infer<typeof newAttachmentBody>;

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    recordId: z.uuid(),
    description: z.string(),
    attachedAt: z.iso.datetime(),
    attachedBy: z.object({ id: z.uuid(), name: z.string() }),
    evidenceObject: evidenceObjectSchema,
  })
  .meta({ id: 'RecordAttachment' });
export type AttachmentView = z.infer<typeof attachmentSchema>;
