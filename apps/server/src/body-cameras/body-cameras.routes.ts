import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import {
  bodyCameraDetailSchema,
  bodyCameraSchema,
  newAssignmentBody,
  newBodyCameraBody,
} from './body-camera-schemas.ts';
import type { BodyCamerasService } from './body-cameras.service.ts';

/** 执法记录仪: the agency's body cameras and who held each from when. */
export const devicesRoutes: FastifyPluginAsyncZod<{ bodyCameras: BodyCamerasService }> = async (
  app,
  { bodyCameras },
) => {
  const tags = ['body_cameras'];

  app.get(
    '/api/v1/agencies/:id/body-cameras',
    {
      schema: {
        tags,
        summary: '本机关的执法记录仪及当前领用人',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(bodyCameraSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await bodyCameras.list(actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/v1/agencies/:id/body-cameras',
    {
      schema: {
        tags,
        summary: '登记执法记录仪（序列号在本机关内唯一）',
        params: idParamsSchema,
        body: newBodyCameraBody,
        response: { 201: bodyCameraDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await bodyCameras.register(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/body-cameras/:id',
    {
      schema: {
        tags,
        summary: '执法记录仪详情与领用、归还记录（新的在前）',
        params: idParamsSchema,
        response: { 200: bodyCameraDetailSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => bodyCameras.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/body-cameras/:id/assignments',
    {
      schema: {
        tags,
        summary: '登记领用（holderId 为领用人）或归还（holderId 为 null）',
        params: idParamsSchema,
        body: newAssignmentBody,
        response: { 201: bodyCameraDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await bodyCameras.assign(actorOf(request), request.params.id, request.body)),
  );
};
