import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { registerReasonedAccess } from '../evidence/reasoned-access.routes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { attachmentSchema, newAttachmentBody } from './attachment-schemas.ts';
import type { AttachmentsService } from './attachments.service.ts';

export const attachmentsRoutes: FastifyPluginAsyncZod<{ attachments: AttachmentsService }> = async (
  app,
  { attachments },
) => {
  const tags = ['attachments'];

  app.post(
    '/api/v1/records/:id/attachments',
    {
      schema: {
        tags,
        summary:
          '为文书添加附件（扫描件、照片）：关联已入库的图片或 PDF 文件并写明说明，添加后不可修改、删除',
        params: idParamsSchema,
        body: newAttachmentBody,
        response: { 201: attachmentSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await attachments.attach(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/records/:id/attachments',
    {
      schema: {
        tags,
        summary: '文书的全部附件（按添加时间）',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(attachmentSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({ items: await attachments.list(actorOf(request), request.params.id) }),
  );

  registerReasonedAccess(app, {
    basePath: '/api/v1/attachments',
    tags,
    summaries: {
      access: '申请查看或下载附件：登记事由并写入留痕日志，返回限时访问地址',
      content: '附件文件（支持 Range 分段读取，需先申请查看或下载）',
    },
    grant: (actor, id, purpose, reason) => attachments.grantAccess(actor, id, purpose, reason),
    content: async (actor, id, token) => {
      const file = await attachments.content(actor, id, token);
      return {
        sizeBytes: file.sizeBytes,
        mediaType: file.mediaType,
        open: file.open,
        // Viewed: shown in the browser (a PDF in its viewer), saved from there by its own name.
        disposition: {
          kind: file.purpose === 'download' ? 'attachment' : 'inline',
          name: file.name,
          fallbackStem: 'attachment',
        },
      };
    },
  });
};
