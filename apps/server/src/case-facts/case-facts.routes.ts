import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { caseFactsBody, caseFactsSchema } from './case-facts-schemas.ts';
import { caseFactsView } from './case-facts-views.ts';
import type { CaseFactsService } from './case-facts.service.ts';

/** 案件事实: what the decision documents state, checked against the 权责清单. */
export const caseFactsRoutes: FastifyPluginAsyncZod<{ caseFacts: CaseFactsService }> = async (
  app,
  { caseFacts },
) => {
  const tags = ['case-facts'];

  app.get(
    '/api/v1/cases/:id/facts',
    {
      schema: {
        tags,
        summary: '本案的案件事实（现行版本与各历史版本）',
        params: idParamsSchema,
        response: { 200: caseFactsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => caseFactsView(await caseFacts.get(actorOf(request), request.params.id)),
  );

  app.put(
    '/api/v1/cases/:id/facts',
    {
      schema: {
        tags,
        summary: '保存案件事实：按权责清单与裁量基准校验后保存为新版本，旧版本保留',
        params: idParamsSchema,
        body: caseFactsBody,
        response: { 200: caseFactsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { expectedVersion, ...content } = request.body;
      return caseFactsView(
        await caseFacts.save(actorOf(request), request.params.id, { expectedVersion, content }),
      );
    },
  );
};
