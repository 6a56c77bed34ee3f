import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { contentDisposition } from '../evidence/serve-stored-bytes.ts';
import { accessHistoryPdf } from './access-history-pdf.ts';
import { accessHistoryCsv } from './access-history.ts';
import type { AccessHistoryService } from './access-history.service.ts';

const itemSchema = z
  .object({
    logId: z.string(),
    seq: z.number().int(),
    at: z.string(),
    action: z.string(),
    label: z.string(),
    actor: z.object({ id: z.string().nullable(), username: z.string(), displayName: z.string() }),
    target: z.string().nullable(),
    purpose: z.string().nullable(),
    reason: z.string().nullable(),
    grantId: z.string().nullable(),
    copyId: z.string().nullable(),
  })
  .meta({ id: 'AccessHistoryItem' });

/** 访问记录: who looked at a case and its material, and under which grant. */
export const accessHistoryRoutes: FastifyPluginAsyncZod<{
  accessHistory: AccessHistoryService;
}> = async (app, { accessHistory }) => {
  const tags = ['access'];

  app.get(
    '/api/v1/cases/:id/access-history',
    {
      schema: {
        tags,
        summary: '本案的全部访问记录（查看、下载、调阅申请与审批），取自留痕日志',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(itemSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: (await accessHistory.ofCase(actorOf(request), request.params.id)).items,
    }),
  );

  app.get(
    '/api/v1/cases/:id/access-history.csv',
    {
      schema: {
        tags,
        summary: '导出本案访问记录（CSV，UTF-8，可用 Excel、WPS 打开）',
        params: idParamsSchema,
        response: { 200: z.string().describe('CSV'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { caseNumber, items } = await accessHistory.ofCase(actorOf(request), request.params.id);
      const name = `${caseNumber}_访问记录.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="access-history.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(accessHistoryCsv(items));
    },
  );

  app.get(
    '/api/v1/cases/:id/access-history.pdf',
    {
      schema: {
        tags,
        summary: '导出本案访问记录（PDF，可打印归档）',
        params: idParamsSchema,
        response: {
          200: z.instanceof(Buffer).describe('PDF'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const history = await accessHistory.ofCase(actor, request.params.id);
      const pdf = await accessHistoryPdf(
        { ...history, exportedBy: `${actor.displayName}（${actor.username}）` },
        history.items,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          contentDisposition({
            kind: 'attachment',
            name: `${history.caseNumber}_访问记录.pdf`,
            fallbackStem: 'access-history',
          }),
        )
        .send(Buffer.from(pdf));
    },
  );
};
