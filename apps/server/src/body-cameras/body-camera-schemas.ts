import { z } from 'zod';

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);

export const newBodyCameraBody = z.strictObject({
  serial: text(64, '请填写记录仪序列号').regex(
    /^[0-9A-Za-z][0-9A-Za-z._-]*$/,
    '序列号只能包含字母、数字、点、下划线和连字符',
  ),
  model: text(100, '型号不能为空').optional(),
  label: text(100, '名称不能为空').optional(),
});
export type NewBodyCameraInput = z.infer<typeof newBodyCameraBody>;

export const newAssignmentBody = z.strictObject({
  holderId: z.uuid().nullable(),
  from: z.iso.datetime({ offset: true }).optional(),
});
export type NewAssignmentInput = z.infer<typeof newAssignmentBody>;

export const userRefSchema = z.object({ userId: z.string(), displayName: z.string() });

export const bodyCameraSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    serial: z.string(),
    model: z.string().nullable(),
    label: z.string().nullable(),
    holder: userRefSchema.extend({ since: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'BodyCamera' });

export const bodyCameraAssignmentSchema = z
  .object({
    id: z.string(),
    holder: userRefSchema.nullable(),
    from: z.string(),
    recordedBy: userRefSchema,
    recordedAt: z.string(),
  })
  .meta({ id: 'BodyCameraAssignment' });

export const bodyCameraDetailSchema = bodyCameraSchema
  .extend({ assignments: z.array(bodyCameraAssignmentSchema) })
  .meta({ id: 'BodyCameraDetail' });
