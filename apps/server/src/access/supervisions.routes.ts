import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import type { SupervisionsService } from './supervisions.service.ts';

const supervisionSchema = z
  .object({ supervisorId: z.string(), agencyIds: z.array(z.string()) })
  .meta({ id: 'Supervision' });

export const supervisionsRoutes: FastifyPluginAsyncZod<{
  supervisions: SupervisionsService;
}> = async (app, { supervisions }) => {
  const tags = ['access'];

  app.get(
    '/api/v1/users/:id/supervised-agencies',
    {
      schema: {
        tags,
        summary: '执法监督人员监督的执法机关',
        params: idParamsSchema,
        response: { 200: supervisionSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => supervisions.get(actorOf(request), request.params.id),
  );

  app.put(
    '/api/v1/users/:id/supervised-agencies',
    {
      schema: {
        tags,
        summary: '设定执法监督人员监督的执法机关（平台管理员）',
        params: idParamsSchema,
        body: z.strictObject({ agencyIds: z.array(z.uuid()).max(500) }),
        response: { 200: supervisionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      supervisions.set(actorOf(request), request.params.id, request.body.agencyIds),
  );
};
