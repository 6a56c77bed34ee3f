import { SIGNATURE_ROLES } from '@liuhen/domain';
import { z } from 'zod';
import { evidenceObjectSchema } from '../evidence/evidence-object-view.ts';
import { SIGNATURE_MAX_BASE64, SIGNATURE_MAX_BYTES } from './signature-image.ts';

const DATA_URL_PREFIX = /^data:image\/png;base64,/;

export const newSignatureBody = z.strictObject({
  role: z.enum(SIGNATURE_ROLES, { error: '请选择签名栏（当事人、执法人员、见证人……）' }),
  signerName: z
    .string({ error: '请填写签名人姓名' })
    .trim()
    .min(1, '请填写签名人姓名')
    .max(100, '签名人姓名最多 100 个字'),
  /** The PNG, base64 (a `data:image/png;base64,` prefix, as canvases give it, is taken off). */
  imagePng: z
    .string({ error: '请提供签名图像' })
    .transform((value) => value.replace(DATA_URL_PREFIX, ''))
    .pipe(
      z
        .string()
        .min(1, '请提供签名图像')
        .max(SIGNATURE_MAX_BASE64, `签名图像不能超过 ${SIGNATURE_MAX_BYTES / 1024} KB`)
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, '签名图像须为 base64 编码的 PNG 图片'),
    ),
  method: z.enum(['screen', 'scan'], { error: '采集方式须为 screen（屏幕签名）或 scan（扫描件）' }),
});
export type NewSignatureInput = z.infer<typeof newSignatureBody>;

export const signatureRoleSchema = z.enum(SIGNATURE_ROLES);

export const recordSignatureSchema = z
  .object({
    id: z.uuid(),
    recordId: z.uuid(),
    role: signatureRoleSchema,
    /** The line as printed, e.g. 当事人（签名）. */
    roleLabel: z.string(),
    signerName: z.string(),
    method: z.enum(['screen', 'scan']),
    capturedAt: z.iso.datetime(),
    capturedBy: z.object({ id: z.uuid(), name: z.string() }),
    supersedesId: z.uuid().nullable(),
    /** The newest signature of its line: the one a document prints. */
    current: z.boolean(),
    evidenceObject: evidenceObjectSchema,
  })
  .meta({ id: 'RecordSignature' });
export type RecordSignatureView = z.infer<typeof recordSignatureSchema>;

export const recordSignaturesSchema = z
  .object({
    /** The signature lines of the record's document, in the order it prints them. */
    roles: z.array(z.object({ role: signatureRoleSchema, label: z.string() })),
    /** 文号 of the record's live issued document: its signatures are fixed; else null. */
    issuedNumber: z.string().nullable(),
    /** Every signature taken on the record, oldest first (superseded ones too). */
    items: z.array(recordSignatureSchema),
  })
  .meta({ id: 'RecordSignatures' });
