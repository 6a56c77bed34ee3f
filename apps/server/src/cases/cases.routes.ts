import { ACT_TYPES, STAGES } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import {
  decodeTimeIdCursor,
  errorResponses,
  idParamsSchema,
  pageOf,
  pageSchema,
  paginationQuery,
} from '../http/common-schemas.ts';
import { caseDetailSchema, caseSchema, openCaseBody, transitionBody } from './case-schemas.ts';
import { caseEventView, caseView, officerView, recordView, transitionView } from './case-views.ts';
import { decisionPeriodView } from './decision-period-view.ts';
import { findingSchema } from './finding-view.ts';
import type { CasesService } from './cases.service.ts';

/** `<createdAt ISO>|<id>`, the keyset of the newest-first case list. */
function parseCaseCursor(cursor: string | undefined) {
  const key = decodeTimeIdCursor(cursor);
  return key === undefined ? undefined : { createdAt: key.at, id: key.id };
}

export const casesRoutes: FastifyPluginAsyncZod<{ cases: CasesService }> = async (
  app,
  { cases },
) => {
  const tags = ['cases'];

  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: '启动执法程序（新建案件）',
        body: openCaseBody,
        response: { 201: caseSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const row = await cases.open(actorOf(request), request.body);
      return reply.code(201).send(caseView(row));
    },
  );

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: '案件列表（新建在前）',
        querystring: z.strictObject({
          ...paginationQuery,
          stage: z.enum(STAGES).optional(),
          actType: z.enum(ACT_TYPES).optional(),
          departmentId: z.uuid().optional(),
          search: z.string().trim().max(100).optional(),
          includeClosedInError: z.stringbool().default(false),
        }),
        response: { 200: pageSchema(caseSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { cursor, limit, ...filter } = request.query;
      const rows = await cases.list(actorOf(request), {
        ...filter,
        after: parseCaseCursor(cursor),
        limit,
      });
      return pageOf(
        rows.map(({ row, masked }) => caseView(row, masked)),
        limit,
        (row) => `${row.createdAt}|${row.id}`,
      );
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: '案件详情：当事人、执法人员、经过、文书、检查发现及可执行的流转',
        params: idParamsSchema,
        response: { 200: caseDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const detail = await cases.get(actorOf(request), request.params.id);
      return {
        case: caseView(detail.row, detail.partiesMasked),
        officers: detail.officers.map(officerView),
        events: detail.events.map(caseEventView),
        records: detail.records.map(recordView),
        findings: detail.findings,
        transitions: detail.transitions.map(transitionView),
        abilities: detail.abilities,
        profile: detail.profile,
        decisionPeriod: decisionPeriodView(detail.decisionPeriod),
      };
    },
  );

  app.get(
    '/api/v1/cases/:id/findings',
    {
      schema: {
        tags,
        summary:
          '案件的检查发现（缺失、违规、待办、无法判断），附依据条文；include=advice 时同时列出其他规定的做法（参考）',
        params: idParamsSchema,
        querystring: z.strictObject({
          include: z
            .enum(['advice'], { error: '应为 advice（同时列出其他规定的做法）' })
            .optional(),
        }),
        response: {
          200: z.object({ items: z.array(findingSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await cases.findings(actorOf(request), request.params.id, {
        advice: request.query.include === 'advice',
      }),
    }),
  );

  app.post(
    '/api/v1/cases/:id/transitions',
    {
      schema: {
        tags,
        summary: '环节流转；缺少应有的记录时返回 409 及检查发现',
        params: idParamsSchema,
        body: transitionBody,
        response: {
          200: z.object({
            case: caseSchema,
            message: z.string(),
            violations: z.array(findingSchema),
          }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const result = await cases.transition(
        actorOf(request),
        request.params.id,
        request.body.transition,
      );
      return { case: caseView(result.row), message: result.message, violations: result.violations };
    },
  );

  app.post(
    '/api/v1/cases/:id/complainant-informed',
    {
      schema: {
        tags,
        summary: '记录已告知实名投诉人、举报人不予立案的情况',
        params: idParamsSchema,
        body: z.strictObject({
          note: z.string().trim().min(1, '请填写告知方式和内容').max(500),
        }),
        response: {
          200: z.object({ events: z.array(z.object({ type: z.string(), at: z.string() })) }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const loaded = await cases.recordComplainantInformed(
        actorOf(request),
        request.params.id,
        request.body.note,
      );
      return { events: loaded.events.map(caseEventView) };
    },
  );

  app.post(
    '/api/v1/cases/:id/close-in-error',
    {
      schema: {
        tags,
        summary: '关闭误立的案件（保留，不删除）',
        params: idParamsSchema,
        body: z.strictObject({
          reason: z.string().trim().min(4, '请写明关闭理由（至少 4 个字）').max(500),
        }),
        response: { 200: caseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      caseView(await cases.closeInError(actorOf(request), request.params.id, request.body.reason)),
  );
};
