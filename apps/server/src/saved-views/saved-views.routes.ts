import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema, noContentSchema } from '../http/common-schemas.ts';
import {
  savedViewListSchema,
  savedViewNameSchema,
  savedViewQuerySchema,
  savedViewSchema,
  savedViewView,
} from './saved-view-schemas.ts';
import type { SavedViewsService } from './saved-views.service.ts';

/** 视图: the signed-in user's own named filter sets on the case and findings lists. */
export const savedViewsRoutes: FastifyPluginAsyncZod<{ savedViews: SavedViewsService }> = async (
  app,
  { savedViews },
) => {
  const tags = ['saved-views'];

  app.get(
    '/api/v1/saved-views',
    {
      schema: {
        tags,
        summary: '我在某一列表上保存的视图（按名称排序）',
        querystring: z.strictObject({ list: savedViewListSchema }),
        response: {
          200: z.object({ items: z.array(savedViewSchema) }),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => {
      const rows = await savedViews.list(actorOf(request), request.query.list);
      return { items: rows.map(savedViewView) };
    },
  );

  app.post(
    '/api/v1/saved-views',
    {
      schema: {
        tags,
        summary: '把当前筛选条件保存为视图',
        body: z.strictObject({
          list: savedViewListSchema,
          name: savedViewNameSchema,
          query: savedViewQuerySchema,
        }),
        response: { 201: savedViewSchema, ...errorResponses(400, 401, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await savedViews.create(actorOf(request), request.body);
      return reply.code(201).send(savedViewView(created));
    },
  );

  app.put(
    '/api/v1/saved-views/:id',
    {
      schema: {
        tags,
        summary: '重命名视图或替换其筛选条件',
        params: idParamsSchema,
        body: z
          .strictObject({
            name: savedViewNameSchema.optional(),
            query: savedViewQuerySchema.optional(),
          })
          .refine(
            (body) => body.name !== undefined || body.query !== undefined,
            '请提供新的名称或筛选条件',
          ),
        response: { 200: savedViewSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      savedViewView(await savedViews.update(actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/saved-views/:id',
    {
      schema: {
        tags,
        summary: '删除视图',
        params: idParamsSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await savedViews.remove(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
