import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import {
  documentSettingsInputSchema,
  documentSettingsSchema,
} from './document-settings-schemas.ts';
import type { DocumentSettingsService } from './document-settings.service.ts';

/** 文书设置: the masthead, 复议机关, court, payment and 文号 patterns of an agency's documents. */
export const documentSettingsRoutes: FastifyPluginAsyncZod<{
  documentSettings: DocumentSettingsService;
}> = async (app, { documentSettings }) => {
  const tags = ['documents'];

  app.get(
    '/api/v1/agencies/:id/document-settings',
    {
      schema: {
        tags,
        summary: '本机关的文书设置（未设置时显示默认值）',
        params: idParamsSchema,
        response: { 200: documentSettingsSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => documentSettings.get(actorOf(request), request.params.id),
  );

  app.put(
    '/api/v1/agencies/:id/document-settings',
    {
      schema: {
        tags,
        summary: '保存本机关的文书设置（每次保存为新版本；机关负责人或管理员）',
        params: idParamsSchema,
        body: documentSettingsInputSchema,
        response: { 200: documentSettingsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => documentSettings.save(actorOf(request), request.params.id, request.body),
  );
};
