import { RECORD_TYPE_IDS, SIGNATURE_ROLE_LABELS, TEMPLATE_LIMITS } from '@liuhen/domain';
import { z } from 'zod';

/*
 * The shape of a template as an editor sends it. Bounds are in UTF-16 units at twice the
 * domain's character limits (a character is at most two units), so the domain's check
 * (templateProblems) gives the exact message for lengths a clerk can reach; these only stop
 * what no editor makes.
 */

const SIGNATURE_ROLES = Object.keys(SIGNATURE_ROLE_LABELS) as [
  keyof typeof SIGNATURE_ROLE_LABELS,
  ...(keyof typeof SIGNATURE_ROLE_LABELS)[],
];

/** Text printed in a paragraph: line breaks allowed, other control characters not. */
const templateText = z
  .string()
  .max(TEMPLATE_LIMITS.text * 2, `每段最多 ${TEMPLATE_LIMITS.text} 个字`)
  .refine((text) => !/[\p{Cc}--[\n]]/v.test(text), '不能含换行以外的控制字符');

const shortText = (max: number, label: string) =>
  z
    .string()
    .max(max * 2, `${label}最多 ${max} 个字`)
    .refine((text) => !/\p{Cc}/u.test(text), `${label}不能含换行或其他控制字符`);

const valuePath = z
  .string({ error: '请选择字段' })
  .max(100, '字段名过长')
  .regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/, '请选择字段');

const fieldRow = z.strictObject({
  label: shortText(60, '项目名称'),
  value: templateText,
  keepBlank: z.boolean().optional(),
});

export const templateBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('paragraph'),
    text: templateText,
    indent: z.boolean().optional(),
    align: z.enum(['left', 'center', 'right']).optional(),
  }),
  z.strictObject({ type: z.literal('heading'), text: templateText }),
  z.strictObject({
    type: z.literal('fields'),
    rows: z
      .array(fieldRow)
      .min(1, '表格至少一行')
      .max(TEMPLATE_LIMITS.rows, `每个表格最多 ${TEMPLATE_LIMITS.rows} 行`),
  }),
  z.strictObject({ type: z.literal('record_fields') }),
  z.strictObject({ type: z.literal('dialogue'), path: valuePath }),
  z.strictObject({
    type: z.literal('list_table'),
    path: valuePath,
    columns: z.tuple([shortText(20, '列名'), shortText(20, '列名')]),
  }),
  z.strictObject({
    type: z.literal('signatures'),
    roles: z
      .array(z.enum(SIGNATURE_ROLES, { error: '签名栏的角色不存在' }))
      .min(1, '请至少选择一个签名角色')
      .max(SIGNATURE_ROLES.length)
      .refine((roles) => new Set(roles).size === roles.length, '签名角色不能重复'),
  }),
]);

export const documentTemplateSchema = z
  .strictObject({
    kind: z.enum(RECORD_TYPE_IDS),
    title: shortText(TEMPLATE_LIMITS.title, '文书标题'),
    blocks: z
      .array(templateBlockSchema)
      .max(TEMPLATE_LIMITS.blocks, `模板最多 ${TEMPLATE_LIMITS.blocks} 段`),
    sealed: z.boolean(),
  })
  .meta({ id: 'DocumentTemplate' });

export const templateKindParamsSchema = z.strictObject({
  id: z.uuid(),
  kind: z.enum(RECORD_TYPE_IDS, { error: '没有这类文书' }),
});

export const saveTemplateInputSchema = z.strictObject({
  /** The version the editor started from; null when it started from the built-in template. */
  expectedVersion: z.number().int().min(1).nullable(),
  template: documentTemplateSchema,
});

export const previewTemplateInputSchema = z.strictObject({ template: documentTemplateSchema });

const savedBy = {
  /** Null: the agency uses the built-in template of the kind. */
  version: z.number().int().nullable(),
  savedAt: z.iso.datetime().nullable(),
  savedByName: z.string().nullable(),
  /** Whether the template in force is the built-in one as it stands (never saved, or restored). */
  matchesDefault: z.boolean(),
};

export const documentTemplateListSchema = z
  .object({
    items: z.array(z.object({ kind: z.enum(RECORD_TYPE_IDS), title: z.string(), ...savedBy })),
  })
  .meta({ id: 'DocumentTemplateList' });

export const documentTemplateViewSchema = z
  .object({
    agencyId: z.uuid(),
    kind: z.enum(RECORD_TYPE_IDS),
    ...savedBy,
    template: documentTemplateSchema,
    defaultTemplate: documentTemplateSchema,
    values: z.array(
      z.object({
        path: z.string(),
        label: z.string(),
        source: z.enum(['record', 'case']),
        fieldKind: z
          .enum(['text', 'instant', 'date', 'people', 'list', 'boolean', 'choice'])
          .nullable(),
        requiredBy: z
          .string()
          .nullable()
          .describe('不能删去的原因（法律条文或“本类文书应当载明”）'),
      }),
    ),
  })
  .meta({ id: 'DocumentTemplateView' });
