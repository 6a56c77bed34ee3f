import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { evidenceObjectSchema } from '../evidence/evidence-object-view.ts';
import { registerReasonedAccess } from '../evidence/reasoned-access.routes.ts';
import { fileBody } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { amendAvRecordBody, avRecordSchema, newAvRecordBody } from './av-record-schemas.ts';
import type { AvRecordsService } from './av-records.service.ts';

export const avRecordsRoutes: FastifyPluginAsyncZod<{ avRecords: AvRecordsService }> = async (
  app,
  { avRecords },
) => {
  const tags = ['av-records'];

  app.post(
    '/api/v1/cases/:id/av-records',
    {
      schema: {
        tags,
        summary: '登记音像记录：关联已入库的文件，按标准命名，记录制作人、设备、时间、地点等',
        params: idParamsSchema,
        body: newAvRecordBody,
        response: { 201: avRecordSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await avRecords.create(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/cases/:id/av-records',
    {
      schema: {
        tags,
        summary: '本案全部音像记录（当前版本，附各版本）',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(avRecordSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({ items: await avRecords.list(actorOf(request), request.params.id) }),
  );

  app.get(
    '/api/v1/av-records/:id',
    {
      schema: {
        tags,
        summary: '音像记录详情',
        params: idParamsSchema,
        response: { 200: avRecordSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => avRecords.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/av-records/:id/amendments',
    {
      schema: {
        tags,
        summary: '补正音像记录信息（如中断说明、证据说明）：生成新版本并写明理由，原文件不变',
        params: idParamsSchema,
        body: amendAvRecordBody,
        response: { 201: avRecordSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { reason, ...changes } = request.body;
      const view = await avRecords.amend(actorOf(request), request.params.id, changes, reason);
      return reply.code(201).send(view);
    },
  );

  registerReasonedAccess(app, {
    basePath: '/api/v1/av-records',
    tags,
    summaries: {
      access: '申请查看或下载音像记录：登记事由并写入留痕日志，返回限时播放或下载地址',
      content: '音像记录文件（支持 Range 分段读取，需先申请查看或下载）',
    },
    grant: (actor, id, purpose, reason) => avRecords.grantAccess(actor, id, purpose, reason),
    content: async (actor, id, token) => {
      const file = await avRecords.content(actor, id, token);
      return {
        sizeBytes: file.sizeBytes,
        mediaType: file.mediaType,
        open: file.open,
        // Named either way: a file that may not be shown inline is saved under its name.
        disposition: {
          kind: file.purpose === 'download' ? ('attachment' as const) : ('inline' as const),
          name: file.name,
          fallbackStem: 'recording',
        },
      };
    },
  });

  app.get(
    '/api/v1/av-records/:id/poster',
    {
      schema: {
        tags,
        summary: '音像记录封面图（由原始文件生成，非原始证据）',
        params: idParamsSchema,
        response: { 200: fileBody.describe('JPEG 图片'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const file = await avRecords.posterFile(actorOf(request), request.params.id);
      return reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, max-age=3600')
        .send(createReadStream(file));
    },
  );

  app.get(
    '/api/v1/evidence-objects/:id',
    {
      schema: {
        tags,
        summary: '已入库的证据文件（哈希、大小、媒体信息）',
        params: idParamsSchema,
        response: { 200: evidenceObjectSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => avRecords.evidenceObject(actorOf(request), request.params.id),
  );
};
