import { APPROVAL_ACTIONS, APPROVAL_KINDS, ROLES } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { citationView } from '../cases/finding-view.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import type { ApprovalActionRow, ApprovalRequestRow } from './approvals.repository.ts';
import type { ApprovalsService } from './approvals.service.ts';

const stepSchema = z.object({
  key: z.enum(['review', 'legal_review', 'approval']),
  label: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** The article the step comes from: a seed's, or national law's; none for a default step. */
  citations: z.array(
    z.object({
      seed: z.string().optional(),
      document: z.string().optional(),
      law: z.string().optional(),
      article: z.string(),
    }),
  ),
  delegatedTo: z.uuid().optional(),
  countersigners: z.array(z.object({ userId: z.uuid(), approved: z.boolean() })),
  approvedBy: z.uuid().optional(),
});

const requestSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(APPROVAL_KINDS),
    subjectRecordId: z.uuid(),
    proposedBy: z.uuid(),
    status: z.enum(['pending', 'approved', 'returned']),
    currentStep: z.number().int(),
    steps: z.array(stepSchema),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ApprovalRequest' });

const actionSchema = z.object({
  id: z.number().int(),
  stepIndex: z.number().int(),
  action: z.string(),
  actorId: z.uuid(),
  targetUserId: z.uuid().nullable(),
  comment: z.string().nullable(),
  at: z.iso.datetime(),
});

function requestView(row: ApprovalRequestRow) {
  return {
    ...row,
    steps: row.steps.map((step) => ({
      ...step,
      roles: [...step.roles],
      // Each with `text`, the regulation by name (《德宏州记录办法》第三十九条), for display.
      citations: step.citations.map(citationView),
      countersigners: step.countersigners.map((c) => ({ ...c })),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function actionView(row: ApprovalActionRow) {
  return { ...row, at: row.at.toISOString() };
}

export const approvalsRoutes: FastifyPluginAsyncZod<{ approvals: ApprovalsService }> = async (
  app,
  { approvals },
) => {
  const tags = ['approvals'];

  app.post(
    '/api/v1/cases/:id/approvals',
    {
      schema: {
        tags,
        summary: '提交审批（程序启动审批表或执法决定草稿）',
        params: idParamsSchema,
        body: z.strictObject({
          kind: z.enum(APPROVAL_KINDS, { error: '请选择审批事项' }),
          recordId: z.uuid({ error: '请选择提交审批的文书' }),
        }),
        response: { 201: requestSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await approvals.submit(
        actorOf(request),
        request.params.id,
        request.body.kind,
        request.body.recordId,
      );
      return reply.code(201).send(requestView(row));
    },
  );

  app.get(
    '/api/v1/cases/:id/approvals',
    {
      schema: {
        tags,
        summary: '本案的审批',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(requestSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: (await approvals.listForCase(actorOf(request), request.params.id)).map(requestView),
    }),
  );

  app.get(
    '/api/v1/approvals/inbox',
    {
      schema: {
        tags,
        summary: '我的待办审批（含被退回的本人提交）',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                request: requestSchema,
                caseNumber: z.string(),
                caseName: z.string(),
              }),
            ),
          }),
          ...errorResponses(401),
        },
      },
    },
    async (request) => ({
      items: (await approvals.inbox(actorOf(request))).map((item) => ({
        request: requestView(item.request),
        caseNumber: item.caseNumber,
        caseName: item.caseName,
      })),
    }),
  );

  app.get(
    '/api/v1/approvals/:id',
    {
      schema: {
        tags,
        summary: '审批详情及全部办理记录',
        params: idParamsSchema,
        response: {
          200: z.object({ request: requestSchema, actions: z.array(actionSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const detail = await approvals.get(actorOf(request), request.params.id);
      return { request: requestView(detail.request), actions: detail.actions.map(actionView) };
    },
  );

  app.post(
    '/api/v1/approvals/:id/actions',
    {
      schema: {
        tags,
        summary: '办理审批：同意、退回上一步、退回承办人、加签、转办、催办、重新提交',
        params: idParamsSchema,
        body: z.strictObject({
          action: z.enum(APPROVAL_ACTIONS, { error: '未知的审批操作' }),
          expectedVersion: z.number().int().min(1),
          comment: z.string().max(2000).optional(),
          suggestions: z.string().max(2000).optional(),
          userId: z.uuid().optional(),
        }),
        response: { 200: requestSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      requestView(await approvals.act(actorOf(request), request.params.id, request.body)),
  );
};
