import { SUSPENSION_CAUSES } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { caseEventSchema } from './case-schemas.ts';
import { caseEventView } from './case-views.ts';
import type { DecisionPeriodService } from './decision-period.service.ts';

const at = z.iso
  .datetime({ offset: true, error: '时间应为带时区的日期时间，例如 2025-03-03T09:30:00+08:00' })
  .optional()
  .describe('发生时间；不填为当前时间');
const reason = z.string().trim().min(2, '请写明理由（至少 2 个字）').max(500);
const eventsResponse = z.object({ events: z.array(caseEventSchema) });

/** 行政处罚法 第六十条's period: extensions by the agency head, suspensions and resumptions. */
export const decisionPeriodRoutes: FastifyPluginAsyncZod<{
  periods: DecisionPeriodService;
}> = async (app, { periods }) => {
  const tags = ['cases'];
  const responses = { 200: eventsResponse, ...errorResponses(400, 401, 403, 404, 409) };

  app.post(
    '/api/v1/cases/:id/decision-period/extensions',
    {
      schema: {
        tags,
        summary: '延长作出处罚决定的期限（经行政机关负责人批准，由负责人办理）',
        params: idParamsSchema,
        body: z.strictObject({
          days: z
            .number()
            .int('延长天数应为整数')
            .min(1, '延长天数至少为 1 日')
            .max(180, '延长天数最多 180 日'),
          reason,
          at,
        }),
        response: responses,
      },
    },
    async (request) => {
      const rows = await periods.extend(actorOf(request), request.params.id, request.body);
      return { events: rows.map(caseEventView) };
    },
  );

  app.post(
    '/api/v1/cases/:id/decision-period/suspensions',
    {
      schema: {
        tags,
        summary: '中止计算作出处罚决定的期限（鉴定、听证、公告等期间不计入）',
        params: idParamsSchema,
        body: z.strictObject({ cause: z.enum(SUSPENSION_CAUSES), reason, at }),
        response: responses,
      },
    },
    async (request) => {
      const rows = await periods.suspend(actorOf(request), request.params.id, request.body);
      return { events: rows.map(caseEventView) };
    },
  );

  app.post(
    '/api/v1/cases/:id/decision-period/resumptions',
    {
      schema: {
        tags,
        summary: '恢复计算作出处罚决定的期限',
        params: idParamsSchema,
        body: z.strictObject({ at }),
        response: responses,
      },
    },
    async (request) => {
      const rows = await periods.resume(actorOf(request), request.params.id, request.body.at);
      return { events: rows.map(caseEventView) };
    },
  );
};
