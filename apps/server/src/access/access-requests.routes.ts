import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import {
  accessRequestSchema,
  decisionBody,
  newAccessRequestBody,
  revocationBody,
} from './access-schemas.ts';
import type { AccessRequestsService } from './access-requests.service.ts';

/** 调阅申请: access beyond one's own, for another authority or for a party; decided, revoked. */
export const accessRequestsRoutes: FastifyPluginAsyncZod<{
  accessRequests: AccessRequestsService;
}> = async (app, { accessRequests }) => {
  const tags = ['access'];

  app.post(
    '/api/v1/cases/:id/access-requests',
    {
      schema: {
        tags,
        summary:
          '提交调阅申请：超出本人权限（承办机构负责人审批），或外单位、当事人申请（机关负责人审批）',
        params: idParamsSchema,
        body: newAccessRequestBody,
        response: { 201: accessRequestSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await accessRequests.request(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/cases/:id/access-requests',
    {
      schema: {
        tags,
        summary: '本案的调阅申请及审批、撤销情况',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(accessRequestSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await accessRequests.ofCase(actorOf(request), request.params.id),
    }),
  );

  app.get(
    '/api/v1/access-requests',
    {
      schema: {
        tags,
        summary: '我提交的调阅申请，以及待我审批的',
        response: {
          200: z.object({
            mine: z.array(accessRequestSchema),
            toDecide: z.array(accessRequestSchema),
          }),
          ...errorResponses(401),
        },
      },
    },
    async (request) => accessRequests.mine(actorOf(request)),
  );

  app.get(
    '/api/v1/access-requests/:id',
    {
      schema: {
        tags,
        summary: '调阅申请详情',
        params: idParamsSchema,
        response: { 200: accessRequestSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => accessRequests.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/access-requests/:id/decision',
    {
      schema: {
        tags,
        summary: '批准或不予批准（批准时可缩短有效期）',
        params: idParamsSchema,
        body: decisionBody,
        response: { 200: accessRequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => accessRequests.decide(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/access-requests/:id/revocation',
    {
      schema: {
        tags,
        summary: '撤销授权，立即生效（负责人或被授权人本人）',
        params: idParamsSchema,
        body: revocationBody,
        response: { 200: accessRequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      accessRequests.revoke(actorOf(request), request.params.id, request.body.reason),
  );
};
