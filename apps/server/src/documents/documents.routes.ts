import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { contentDisposition, fileBody, sendStoredBytes } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { issuedDocumentSchema, issuedDocumentView } from './document-views.ts';
import type { DocumentsService } from './documents.service.ts';

const draftQuery = z.strictObject({
  format: z.enum(['pdf', 'docx']).default('pdf').describe('pdf 打印预览；docx 可编辑草稿'),
});

/**
 * 执法文书: drafts of a record as PDF or DOCX, issuing (文号, stored PDF, ledger), the case's
 * documents, the issued PDF, and 作废.
 */
export const documentsRoutes: FastifyPluginAsyncZod<{ documents: DocumentsService }> = async (
  app,
  { documents },
) => {
  const tags = ['documents'];

  app.get(
    '/api/v1/records/:id/document',
    {
      schema: {
        tags,
        summary: '文书草稿：按本机关模板生成 PDF（打印预览）或 DOCX（可编辑）',
        params: idParamsSchema,
        querystring: draftQuery,
        response: {
          200: z.instanceof(Buffer).describe('PDF 或 DOCX'),
          ...errorResponses(400, 401, 403, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const draft = await documents.draft(
        actorOf(request),
        request.params.id,
        request.query.format,
      );
      return reply
        .header('content-type', draft.mediaType)
        .header('cache-control', 'private, no-store')
        .header('x-document-missing', encodeURIComponent(draft.missing.join('、')))
        .header(
          'content-disposition',
          contentDisposition({
            kind: request.query.format === 'pdf' ? 'inline' : 'attachment',
            name: draft.fileName,
            fallbackStem: 'draft',
          }),
        )
        .send(Buffer.from(draft.bytes));
    },
  );

  app.post(
    '/api/v1/records/:id/issue',
    {
      schema: {
        tags,
        summary: '签发文书：取得文号，PDF 存档（只写一次）并记入留痕日志',
        params: idParamsSchema,
        response: {
          201: issuedDocumentSchema,
          ...errorResponses(400, 401, 403, 404, 409, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const issued = await documents.issue(actorOf(request), request.params.id);
      return reply.code(201).send(issuedDocumentView(issued));
    },
  );

  app.get(
    '/api/v1/cases/:id/documents',
    {
      schema: {
        tags,
        summary: '案件已签发的文书（新签发的在前）',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(issuedDocumentSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: (await documents.listForCase(actorOf(request), request.params.id)).map(
        issuedDocumentView,
      ),
    }),
  );

  app.get(
    '/api/v1/documents/:id',
    {
      schema: {
        tags,
        summary: '已签发文书的信息',
        params: idParamsSchema,
        response: { 200: issuedDocumentSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => issuedDocumentView(await documents.get(actorOf(request), request.params.id)),
  );

  app.get(
    '/api/v1/documents/:id/pdf',
    {
      schema: {
        tags,
        summary: '已签发文书的存档 PDF（与签发时逐字节一致）',
        params: idParamsSchema,
        response: { 200: fileBody, 206: fileBody, ...errorResponses(400, 401, 403, 404, 416) },
      },
    },
    async (request, reply) =>
      sendStoredBytes(
        reply,
        request.headers.range,
        await documents.issuedPdf(actorOf(request), request.params.id),
      ),
  );

  app.post(
    '/api/v1/documents/:id/void',
    {
      schema: {
        tags,
        summary: '作废已签发的文书（须写明原因；文号不再使用）',
        params: idParamsSchema,
        body: z.strictObject({
          reason: z
            .string({ error: '请填写作废原因' })
            .trim()
            .min(4, '请写明作废原因（至少 4 个字）')
            .max(500, '作废原因最多 500 个字'),
        }),
        response: { 200: issuedDocumentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      issuedDocumentView(
        await documents.void(actorOf(request), request.params.id, request.body.reason),
      ),
  );
};
