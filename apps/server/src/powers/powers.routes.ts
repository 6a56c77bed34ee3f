import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import {
  powerBody,
  powerParams,
  powerRevisionBody,
  powerVersionSchema,
  powerWithdrawalBody,
} from './power-schemas.ts';
import { listOrder, powerVersionView } from './power-views.ts';
import type { PowersService } from './powers.service.ts';

/**
 * 权责清单: the agency's powers (事项, 法律依据, 裁量基准), versioned; an edit and a withdrawal
 * are new versions, nothing is deleted.
 */
export const powersRoutes: FastifyPluginAsyncZod<{ powers: PowersService }> = async (
  app,
  { powers },
) => {
  const tags = ['powers'];
  const one = (result: Awaited<ReturnType<PowersService['create']>>) =>
    powerVersionView(result.rows[0]!, result.names);

  app.get(
    '/api/v1/agencies/:id/powers',
    {
      schema: {
        tags,
        summary: '本机关权责清单（各事项的现行版本，含已停用）',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(powerVersionSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const { rows, names } = await powers.list(actorOf(request), request.params.id);
      return { items: [...rows].sort(listOrder).map((row) => powerVersionView(row, names)) };
    },
  );

  app.post(
    '/api/v1/agencies/:id/powers',
    {
      schema: {
        tags,
        summary: '新增权责清单事项（第 1 版）',
        params: idParamsSchema,
        body: powerBody,
        response: { 201: powerVersionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await powers.create(actorOf(request), request.params.id, request.body);
      return reply.code(201).send(one(result));
    },
  );

  app.get(
    '/api/v1/agencies/:id/powers/:powerId',
    {
      schema: {
        tags,
        summary: '权责清单事项的各版本（最新在前）',
        params: powerParams,
        response: {
          200: z.object({ versions: z.array(powerVersionSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const { id, powerId } = request.params;
      const { rows, names } = await powers.history(actorOf(request), id, powerId);
      return { versions: rows.map((row) => powerVersionView(row, names)) };
    },
  );

  app.put(
    '/api/v1/agencies/:id/powers/:powerId',
    {
      schema: {
        tags,
        summary: '修改权责清单事项：保存为新版本（已选用旧版本的案件不受影响）',
        params: powerParams,
        body: powerRevisionBody,
        response: { 200: powerVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { expectedVersion, note, ...content } = request.body;
      const { id, powerId } = request.params;
      return one(
        await powers.revise(actorOf(request), id, powerId, {
          expectedVersion,
          note: note === undefined || note === null || note === '' ? null : note,
          content,
        }),
      );
    },
  );

  app.post(
    '/api/v1/agencies/:id/powers/:powerId/withdraw',
    {
      schema: {
        tags,
        summary: '停用权责清单事项：保存为已停用的新版本，新案件不能再选用',
        params: powerParams,
        body: powerWithdrawalBody,
        response: { 201: powerVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { id, powerId } = request.params;
      const result = await powers.withdraw(actorOf(request), id, powerId, request.body);
      return reply.code(201).send(one(result));
    },
  );
};
