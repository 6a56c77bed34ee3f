import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { contentDisposition } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import {
  documentTemplateListSchema,
  documentTemplateViewSchema,
  previewTemplateInputSchema,
  saveTemplateInputSchema,
  templateKindParamsSchema,
} from './document-templates-schemas.ts';
import type { DocumentTemplatesService } from './document-templates.service.ts';

/** 文书模板: the agency's template of each kind of document, its editor and its preview. */
export const documentTemplatesRoutes: FastifyPluginAsyncZod<{
  documentTemplates: DocumentTemplatesService;
}> = async (app, { documentTemplates }) => {
  const tags = ['documents'];

  app.get(
    '/api/v1/agencies/:id/document-templates',
    {
      schema: {
        tags,
        summary: '本机关各类文书的模板（自定义的版本，或使用默认模板）',
        params: idParamsSchema,
        response: { 200: documentTemplateListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => documentTemplates.list(actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/agencies/:id/document-templates/:kind',
    {
      schema: {
        tags,
        summary: '一类文书现行的模板，及模板可以引用的字段',
        params: templateKindParamsSchema,
        response: { 200: documentTemplateViewSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      documentTemplates.get(actorOf(request), request.params.id, request.params.kind),
  );

  app.put(
    '/api/v1/agencies/:id/document-templates/:kind',
    {
      schema: {
        tags,
        summary:
          '保存一类文书的模板（每次保存为新版本；不能删去法律要求载明的事项；机关负责人或管理员）',
        params: templateKindParamsSchema,
        body: saveTemplateInputSchema,
        response: { 200: documentTemplateViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      documentTemplates.save(
        actorOf(request),
        request.params.id,
        request.params.kind,
        request.body,
      ),
  );

  app.post(
    '/api/v1/agencies/:id/document-templates/:kind/preview',
    {
      schema: {
        tags,
        summary: '模板预览：以示例案件按该模板生成草稿 PDF（不保存）',
        params: templateKindParamsSchema,
        body: previewTemplateInputSchema,
        response: {
          200: z.instanceof(Buffer).describe('PDF'),
          ...errorResponses(400, 401, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const preview = await documentTemplates.preview(
        actorOf(request),
        request.params.id,
        request.params.kind,
        request.body.template,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          contentDisposition({ kind: 'inline', name: preview.fileName, fallbackStem: 'preview' }),
        )
        .send(Buffer.from(preview.bytes));
    },
  );
};
