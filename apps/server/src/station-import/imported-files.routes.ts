import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { registerReasonedAccess } from '../evidence/reasoned-access.routes.ts';
import { fileBody } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema, pageSchema } from '../http/common-schemas.ts';
import {
  assignmentBody,
  dismissalBody,
  importBody,
  importResultSchema,
  importedFileDetailSchema,
  importedFileListQuery,
  importedFileSchema,
} from './imported-file-schemas.ts';
import type { ImportedFilesService } from './imported-files.service.ts';

/**
 * 音像导入: files docked at the collection station (`liuhen import`), placed on their case
 * by the camera's holder and the time, or waiting in the agency's inbox for a person.
 */
export const importedFilesRoutes: FastifyPluginAsyncZod<{
  importedFiles: ImportedFilesService;
}> = async (app, { importedFiles }) => {
  const tags = ['imported-files'];

  app.post(
    '/api/v1/imported-files',
    {
      schema: {
        tags,
        summary:
          '登记采集站导入的文件（文件须已上传入库）：按记录仪领用人和拍摄时间匹配案件，匹配不上的进入待分配清单；重复导入返回原结果',
        body: importBody,
        response: {
          200: importResultSchema,
          201: importResultSchema,
          ...errorResponses(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await importedFiles.importFile(actorOf(request), request.body);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.get(
    '/api/v1/imported-files',
    {
      schema: {
        tags,
        summary: '本机关导入的音像文件（按状态筛选，新导入的在前）',
        querystring: importedFileListQuery,
        response: { 200: pageSchema(importedFileSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => importedFiles.list(actorOf(request), request.query),
  );

  app.get(
    '/api/v1/imported-files/counts',
    {
      schema: {
        tags,
        summary: '本机关导入文件按状态的数量（待分配、待登记、已登记、已分配到事件、已排除）',
        response: {
          200: z.object({
            unassigned: z.number().int(),
            matched: z.number().int(),
            registered: z.number().int(),
            incident: z.number().int(),
            dismissed: z.number().int(),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => importedFiles.counts(actorOf(request)),
  );

  app.get(
    '/api/v1/imported-files/:id',
    {
      schema: {
        tags,
        summary: '导入的音像文件详情与分配记录（新的在前）',
        params: idParamsSchema,
        response: { 200: importedFileDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => importedFiles.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/imported-files/:id/assignment',
    {
      schema: {
        tags,
        summary: '人工分配到案件（须为该案执法人员或负责人，填写事由）',
        params: idParamsSchema,
        body: assignmentBody,
        response: { 200: importedFileDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => importedFiles.assign(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/imported-files/:id/dismissal',
    {
      schema: {
        tags,
        summary: '排除：误录（无执法内容）或与执法无关（记为问题，规定000 第二十一条(六)）',
        params: idParamsSchema,
        body: dismissalBody,
        response: { 200: importedFileDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => importedFiles.dismiss(actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/cases/:id/imported-files',
    {
      schema: {
        tags,
        summary: '已分配到本案、尚未登记为音像记录的导入文件（待登记）',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(importedFileSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await importedFiles.pendingForCase(actorOf(request), request.params.id),
    }),
  );

  app.get(
    '/api/v1/imported-files/:id/poster',
    {
      schema: {
        tags,
        summary: '封面图（由原始文件生成，非原始证据）',
        params: idParamsSchema,
        response: { 200: fileBody.describe('JPEG 图片'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const path = await importedFiles.posterFile(actorOf(request), request.params.id);
      return reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, max-age=3600')
        .send(createReadStream(path));
    },
  );

  registerReasonedAccess(app, {
    basePath: '/api/v1/imported-files',
    tags,
    summaries: {
      access: '申请查看或下载导入的音像文件（须填写事由，记入留痕日志），返回限时链接',
      content: '导入的音像文件内容（支持 Range 请求）',
    },
    grant: (actor, id, purpose, reason) => importedFiles.grantAccess(actor, id, purpose, reason),
    content: (actor, id, token) => importedFiles.content(actor, id, token),
  });
};
