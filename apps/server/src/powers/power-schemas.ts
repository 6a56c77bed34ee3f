import { PENALTY_KINDS, POWER_CATEGORIES, powerInputSchema } from '@liuhen/domain';
import { z } from 'zod';

/** An amount in a response: text in 元 with two decimals ("1234.50"), never a float. */
export const yuanTextSchema = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .meta({ id: 'YuanText', description: '金额（元），两位小数的文本，如 "1234.50"' });

const levelSchema = z.object({
  label: z.string(),
  circumstances: z.string(),
  fineMin: yuanTextSchema.nullable(),
  fineMax: yuanTextSchema.nullable(),
  otherMeasures: z.string().nullable(),
});

export const powerVersionSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    code: z.string().nullable(),
    name: z.string(),
    category: z.enum(POWER_CATEGORIES),
    provisionViolated: z.string(),
    provisionApplied: z.string(),
    penaltyKinds: z.array(z.enum(PENALTY_KINDS)),
    fineMin: yuanTextSchema.nullable(),
    fineMax: yuanTextSchema.nullable(),
    levels: z.array(levelSchema),
    withdrawn: z.boolean(),
    note: z.string().nullable(),
    sha256: z.string(),
    createdBy: z.uuid(),
    createdByName: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PowerVersion' });

export const powerBody = powerInputSchema;

export const powerRevisionBody = powerInputSchema.extend({
  /** The version the edit started from; another save in between answers 409. */
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().max(500, '修改说明不超过 500 个字').nullish(),
});

export const powerWithdrawalBody = z.strictObject({
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1, '请说明停用原因').max(500, '停用原因不超过 500 个字'),
});

export const powerParams = z.strictObject({ id: z.uuid(), powerId: z.uuid() });
