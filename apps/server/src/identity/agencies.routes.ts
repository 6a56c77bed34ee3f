import { ROLES, type Role } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import {
  decodeCursor,
  errorResponses,
  idParamsSchema,
  pageOf,
  pageSchema,
  paginationQuery,
} from '../http/common-schemas.ts';
import { profileIdSchema } from '../profiles/profile-schemas.ts';
import type { AgenciesService } from './agencies.service.ts';
import type { AgencyRow, DepartmentRow } from './agencies.repository.ts';

const agencyName = z.string().trim().min(2, '名称至少 2 个字').max(100);
/** 机关代字: the short prefix of the agency's case numbers, e.g. 常综执. */
const agencyCode = z
  .string()
  .trim()
  .regex(/^[\u4e00-\u9fa5A-Za-z0-9]{1,10}$/, '机关代字为 1 至 10 个汉字、字母或数字');
const departmentName = z.string().trim().min(2, '名称至少 2 个字').max(100);

/** Who signs the steps of an approval (apps/domain approval-chain). */
const APPROVER_ROLES: readonly Role[] = ['department_head', 'agency_head', 'legal_reviewer'];

const agencySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    code: z.string(),
    /** The policy profile the agency works under; null until chosen. */
    profileId: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Agency' });
const departmentSchema = z
  .object({ id: z.uuid(), agencyId: z.uuid(), name: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'Department' });

const agencyView = (row: AgencyRow) => ({ ...row, createdAt: row.createdAt.toISOString() });
const departmentView = (row: DepartmentRow) => ({ ...row, createdAt: row.createdAt.toISOString() });

export const agenciesRoutes: FastifyPluginAsyncZod<{ agencies: AgenciesService }> = async (
  app,
  { agencies },
) => {
  const tags = ['agencies'];

  app.get(
    '/api/v1/agencies',
    {
      schema: {
        tags,
        summary: '执法机关列表',
        querystring: z.strictObject(paginationQuery),
        response: { 200: pageSchema(agencySchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      const rows = await agencies.list(actorOf(request), decodeCursor(cursor), limit);
      return pageOf(rows.map(agencyView), limit, (row) => row.name);
    },
  );

  app.post(
    '/api/v1/agencies',
    {
      schema: {
        tags,
        summary: '新建执法机关',
        body: z.strictObject({ name: agencyName, code: agencyCode }),
        response: { 201: agencySchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const agency = await agencies.create(actorOf(request), request.body);
      return reply.code(201).send(agencyView(agency));
    },
  );

  app.get(
    '/api/v1/agencies/:id',
    {
      schema: {
        tags,
        summary: '执法机关详情',
        params: idParamsSchema,
        response: { 200: agencySchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => agencyView(await agencies.getAgency(actorOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/agencies/:id',
    {
      schema: {
        tags,
        summary: '修改执法机关',
        params: idParamsSchema,
        body: z
          .strictObject({ name: agencyName.optional(), code: agencyCode.optional() })
          .refine((body) => body.name !== undefined || body.code !== undefined, '请至少修改一项'),
        response: { 200: agencySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      agencyView(await agencies.update(actorOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/v1/agencies/:id/profile',
    {
      schema: {
        tags,
        summary: '设置本机关适用的执法全过程记录制度（策略配置）',
        params: idParamsSchema,
        body: z.strictObject({ profileId: profileIdSchema }),
        response: { 200: agencySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      agencyView(
        await agencies.setProfile(actorOf(request), request.params.id, request.body.profileId),
      ),
  );

  app.get(
    '/api/v1/agencies/:id/officers',
    {
      schema: {
        tags,
        summary: '本机关在岗执法人员（供指派案件）',
        params: idParamsSchema,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                displayName: z.string(),
                certificateNumber: z.string().nullable(),
                departmentId: z.uuid().nullable(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await agencies.listOfficers(actorOf(request), request.params.id),
    }),
  );

  app.get(
    '/api/v1/agencies/:id/approvers',
    {
      schema: {
        tags,
        summary: '本机关在岗的负责人、法制审核人员等（供审批加签、转办）',
        params: idParamsSchema,
        querystring: z.strictObject({
          roles: z
            .string()
            .default(APPROVER_ROLES.join(','))
            .transform((value, ctx) => {
              const list = value.split(',');
              if (!list.every((role) => (ROLES as readonly string[]).includes(role))) {
                ctx.addIssue({
                  code: 'custom',
                  message: `应为 ${ROLES.join('、')} 中的一个或多个`,
                });
                return z.NEVER;
              }
              return list as Role[];
            }),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.uuid(), displayName: z.string(), roles: z.array(z.enum(ROLES)) }),
            ),
          }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await agencies.listApprovers(actorOf(request), request.params.id, request.query.roles),
    }),
  );

  app.get(
    '/api/v1/agencies/:id/departments',
    {
      schema: {
        tags,
        summary: '承办机构列表',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(departmentSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const rows = await agencies.listDepartments(actorOf(request), request.params.id);
      return { items: rows.map(departmentView) };
    },
  );

  app.post(
    '/api/v1/agencies/:id/departments',
    {
      schema: {
        tags,
        summary: '新建承办机构',
        params: idParamsSchema,
        body: z.strictObject({ name: departmentName }),
        response: { 201: departmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const department = await agencies.createDepartment(
        actorOf(request),
        request.params.id,
        request.body.name,
      );
      return reply.code(201).send(departmentView(department));
    },
  );

  app.patch(
    '/api/v1/departments/:id',
    {
      schema: {
        tags,
        summary: '修改承办机构',
        params: idParamsSchema,
        body: z.strictObject({ name: departmentName }),
        response: { 200: departmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      departmentView(
        await agencies.renameDepartment(actorOf(request), request.params.id, request.body.name),
      ),
  );
};
