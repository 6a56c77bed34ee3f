import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema, pageSchema } from '../http/common-schemas.ts';
import { importedFileDetailSchema } from '../station-import/imported-file-schemas.ts';
import {
  incidentAssignmentBody,
  incidentDetailSchema,
  incidentListQuery,
  incidentSchema,
  registerIncidentBody,
} from './incident-schemas.ts';
import type { IncidentsService } from './incidents.service.ts';

/**
 * 事件: the subjects of recordings that are not cases — 处置重大突发事件、群体性事件, 专项行动
 * (004《行政执法全过程记录制度》第十二条(十)(十一)) — and the placing of docked files on them,
 * labelled with the 事件名称 (第十八条).
 */
export const incidentsRoutes: FastifyPluginAsyncZod<{ incidents: IncidentsService }> = async (
  app,
  { incidents },
) => {
  const tags = ['incidents'];

  app.post(
    '/api/v1/incidents',
    {
      schema: {
        tags,
        summary: '登记事件（重大突发事件、群体性事件、专项行动等非案件的音像记录对象）',
        body: registerIncidentBody,
        response: { 201: incidentDetailSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await incidents.register(actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/incidents',
    {
      schema: {
        tags,
        summary: '本机关登记的事件（新登记的在前，可按名称搜索）',
        querystring: incidentListQuery,
        response: { 200: pageSchema(incidentSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => incidents.list(actorOf(request), request.query),
  );

  app.get(
    '/api/v1/incidents/:id',
    {
      schema: {
        tags,
        summary: '事件详情及分配到该事件的音像文件（含保存期限）',
        params: idParamsSchema,
        response: { 200: incidentDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => incidents.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/imported-files/:id/incident-assignment',
    {
      schema: {
        tags: ['imported-files'],
        summary: '分配到事件（填写事由；文件以事件名称标识，规定004 第十八条）',
        params: idParamsSchema,
        body: incidentAssignmentBody,
        response: { 200: importedFileDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => incidents.assign(actorOf(request), request.params.id, request.body),
  );
};
