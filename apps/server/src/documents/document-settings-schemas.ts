import { parseDocumentNumberPattern, RECORD_TYPE_IDS } from '@liuhen/domain';
import { z } from 'zod';

const requiredText = (missing: string, max: number, label: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${label}最多 ${max} 个字`)
    .refine((text) => !/\p{Cc}/u.test(text), `${label}不能含换行或其他控制字符`);

const numberPattern = z.string().superRefine((raw, ctx) => {
  const parsed = parseDocumentNumberPattern(raw);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
});

/** What an administrator saves; each save is a new version. */
export const documentSettingsInputSchema = z.strictObject({
  /** The version the editor started from; null for the first save. */
  expectedVersion: z.number().int().min(1).nullable(),
  masthead: requiredText('请填写发文机关全称（与印章一致）', 60, '发文机关全称'),
  reconsiderationBody: requiredText(
    '请填写行政复议机关，例如：常州市天宁区人民政府',
    60,
    '行政复议机关',
  ),
  court: requiredText('请填写管辖的人民法院，例如：常州市天宁区人民法院', 60, '人民法院'),
  paymentInstructions: z
    .string()
    .trim()
    .max(300, '缴款方式最多 300 个字')
    .refine((text) => !/[\p{Cc}--[\n]]/v.test(text), '缴款方式不能含控制字符'),
  numberPatterns: z.partialRecord(z.enum(RECORD_TYPE_IDS), numberPattern),
});

export type DocumentSettingsInput = z.output<typeof documentSettingsInputSchema>;

export const documentSettingsSchema = z
  .object({
    agencyId: z.uuid(),
    /** Null until an administrator saves the agency's settings (defaults are shown). */
    version: z.number().int().nullable(),
    masthead: z.string(),
    reconsiderationBody: z.string().nullable(),
    court: z.string().nullable(),
    paymentInstructions: z.string(),
    /** The patterns the agency set itself. */
    numberPatterns: z.partialRecord(z.enum(RECORD_TYPE_IDS), z.string()),
    /** The pattern in force for every kind (own or default), with an example number. */
    effectivePatterns: z.array(
      z.object({
        kind: z.enum(RECORD_TYPE_IDS),
        title: z.string(),
        pattern: z.string(),
        own: z.boolean(),
        example: z.string(),
      }),
    ),
    savedAt: z.iso.datetime().nullable(),
    savedByName: z.string().nullable(),
  })
  .meta({ id: 'DocumentSettings' });
