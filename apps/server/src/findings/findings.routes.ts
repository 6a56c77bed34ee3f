import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readScopeOf } from '../access/read-scope.ts';
import { actorOf } from '../auth/request-context.ts';
import { BINDING_SEVERITIES, FINDING_SEVERITIES } from '@liuhen/domain';
import { findingSchema, storedCitationView } from '../cases/finding-view.ts';
import type { Db } from '../db/database.ts';
import { errorResponses, paginationQuery } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import { listFindings } from './findings.repository.ts';

const SEVERITIES = FINDING_SEVERITIES;

/** 检查发现 across the cases the user may read: an agency's own, or all for a platform supervisor. */
export const findingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/findings',
    {
      schema: {
        tags: ['findings'],
        summary:
          '跨案件的检查发现（可按严重程度、规则、承办机构、截止时间筛选）；未按严重程度筛选时不含其他规定的做法（参考，severity=advice 时列出）',
        querystring: z.strictObject({
          ...paginationQuery,
          severity: z
            .string()
            .optional()
            .transform((value, ctx) => {
              if (value === undefined) return undefined;
              const list = value.split(',');
              if (!list.every((s) => (SEVERITIES as readonly string[]).includes(s))) {
                ctx.addIssue({
                  code: 'custom',
                  message: `应为 ${SEVERITIES.join('、')} 之一或多个（以逗号分隔）`,
                });
                return z.NEVER;
              }
              return list as (typeof SEVERITIES)[number][];
            }),
          ruleId: z.string().max(64).optional(),
          departmentId: z.uuid().optional(),
          dueBefore: z.iso.datetime({ offset: true }).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              findingSchema.extend({
                id: z.number().int(),
                /** Null for a finding about a docked file on no case (importedFileId). */
                caseId: z.uuid().nullable(),
                importedFileId: z.uuid().nullable(),
                caseNumber: z.string().nullable(),
                caseName: z.string().nullable(),
                stage: z.string().nullable(),
                computedAt: z.iso.datetime(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { cursor, limit, severity, ruleId, departmentId, dueBefore } = request.query;
      const afterId = cursor === undefined ? undefined : Number(cursor);
      if (afterId !== undefined && !Number.isSafeInteger(afterId)) {
        throw problems.validation([{ name: 'querystring.cursor', reason: '分页标记无效' }]);
      }
      const scope = await readScopeOf(db, actor, new Date());
      const rows = await listFindings(db, {
        caseScope: scope.cases,
        agencyIds: scope.agencyIds,
        // Another regulation's practice only when asked for by name (severity=advice).
        severities: severity ?? BINDING_SEVERITIES,
        ruleId,
        departmentId,
        dueBefore: dueBefore === undefined ? undefined : new Date(dueBefore),
        afterId,
        limit,
      });
      const items = rows.map(({ finding, caseNumber, caseName }) => ({
        id: finding.id,
        caseId: finding.caseId,
        importedFileId: finding.importedFileId,
        caseNumber,
        caseName,
        ruleId: finding.ruleId,
        severity: finding.severity,
        stage: finding.stage,
        message: finding.message,
        subjectId: finding.subjectId,
        dueAt: finding.dueAt?.toISOString() ?? null,
        citations: finding.citations.map(storedCitationView),
        computedAt: finding.computedAt.toISOString(),
      }));
      const last = items.at(-1);
      return { items, nextCursor: items.length === limit && last ? String(last.id) : null };
    },
  );
};
