import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { correctionBody, newRecordBody, recordSchema } from '../cases/case-schemas.ts';
import { recordView } from '../cases/case-views.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import type { RecordsService } from './records.service.ts';

export const recordsRoutes: FastifyPluginAsyncZod<{ records: RecordsService }> = async (
  app,
  { records },
) => {
  const tags = ['records'];

  app.post(
    '/api/v1/cases/:id/records',
    {
      schema: {
        tags,
        summary: '制作文书：按文书目录校验必填项后封存，封存后不可修改',
        params: idParamsSchema,
        body: newRecordBody,
        response: { 201: recordSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await records.create(actorOf(request), request.params.id, request.body);
      return reply.code(201).send(recordView(row));
    },
  );

  app.get(
    '/api/v1/cases/:id/records',
    {
      schema: {
        tags,
        summary: '本案全部文书（含已更正的旧版本）',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(recordSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: (await records.list(actorOf(request), request.params.id)).map(recordView),
    }),
  );

  app.get(
    '/api/v1/records/:id',
    {
      schema: {
        tags,
        summary: '文书详情',
        params: idParamsSchema,
        response: { 200: recordSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => recordView(await records.get(actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/records/:id/corrections',
    {
      schema: {
        tags,
        summary: '更正文书：生成指向原文书的新版本并写明理由，原文书保留',
        params: idParamsSchema,
        body: correctionBody,
        response: { 201: recordSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { reason, ...content } = request.body;
      const row = await records.correct(actorOf(request), request.params.id, content, reason);
      return reply.code(201).send(recordView(row));
    },
  );
};
