import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../http/common-schemas.ts';
import {
  articleParams,
  regulationArticleSchema,
  regulationSummarySchema,
} from './regulation-schemas.ts';
import { regulationsService } from './regulations.service.ts';

/** Public law changes only with a release: let browsers and proxies keep it for a day. */
const CACHE = 'public, max-age=86400';

/**
 * The regulation library without login, like the ledger's checkpoints: these are published
 * regulations, and a court or a party reading a finding may look up the article it cites.
 */
export const regulationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['regulations'];
  const pub = { public: true };

  app.get(
    '/api/v1/public/regulations',
    {
      config: pub,
      schema: {
        tags,
        summary: '规定库：五部规定及其条目',
        response: { 200: z.object({ items: z.array(regulationSummarySchema) }) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', CACHE);
      return { items: regulationsService.list() };
    },
  );

  app.get(
    '/api/v1/public/regulations/:regulationId/articles/:article',
    {
      config: pub,
      schema: {
        tags,
        summary: '条文原文（如 003 第二十九条）',
        params: articleParams,
        response: { 200: regulationArticleSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', CACHE);
      return regulationsService.article(request.params.regulationId, request.params.article);
    },
  );
};
