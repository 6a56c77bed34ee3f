import { CERTIFICATE_NUMBER_PATTERN, USERNAME_PATTERN } from '@liuhen/domain';
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
import { roleSchema, toUserView, userViewSchema } from './user-view.ts';
import type { UsersService } from './users.service.ts';

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, '用户名为 3 至 32 位小写字母、数字、点、下划线或连字符，以字母开头');
const displayName = z.string().trim().min(1, '请填写姓名').max(50);
const certificateNumber = z
  .string()
  .trim()
  .regex(CERTIFICATE_NUMBER_PATTERN, '执法证件编号为 4 至 32 位字母、数字或连字符')
  .nullable();
const roles = z.array(roleSchema).min(1, '至少选择一个角色').max(7);

const withOneTimePassword = z
  .object({ user: userViewSchema, oneTimePassword: z.string() })
  .meta({ id: 'UserWithOneTimePassword' });

export const usersRoutes: FastifyPluginAsyncZod<{ users: UsersService }> = async (
  app,
  { users },
) => {
  const tags = ['users'];

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: '用户列表',
        querystring: z.strictObject({
          ...paginationQuery,
          agencyId: z.uuid().optional(),
          departmentId: z.uuid().optional(),
          active: z.enum(['true', 'false']).optional(),
          q: z.string().trim().max(50).optional(),
        }),
        response: { 200: pageSchema(userViewSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { cursor, limit, agencyId, departmentId, active, q } = request.query;
      const rows = await users.list(actorOf(request), {
        agencyId,
        departmentId,
        active: active === undefined ? undefined : active === 'true',
        search: q || undefined,
        afterUsername: decodeCursor(cursor),
        limit,
      });
      return pageOf(rows.map(toUserView), limit, (row) => row.username);
    },
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: '新建用户（返回一次性密码）',
        body: z.strictObject({
          username,
          displayName,
          certificateNumber: certificateNumber.default(null),
          agencyId: z.uuid().nullable(),
          departmentId: z.uuid().nullable().default(null),
          roles,
        }),
        response: { 201: withOneTimePassword, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const created = await users.create(actorOf(request), request.body);
      return reply
        .code(201)
        .send({ user: toUserView(created.user), oneTimePassword: created.oneTimePassword });
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: '用户详情',
        params: idParamsSchema,
        response: { 200: userViewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => toUserView(await users.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: '修改用户（姓名、证件编号、承办机构、角色）',
        params: idParamsSchema,
        body: z
          .strictObject({
            displayName: displayName.optional(),
            certificateNumber: certificateNumber.optional(),
            departmentId: z.uuid().nullable().optional(),
            roles: roles.optional(),
          })
          .refine((body) => Object.values(body).some((v) => v !== undefined), '请至少修改一项'),
        response: { 200: userViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      toUserView(await users.update(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/users/:id/deactivate',
    {
      schema: {
        tags,
        summary: '停用用户（用户从不删除）',
        params: idParamsSchema,
        response: { 200: userViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => toUserView(await users.deactivate(actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/users/:id/reactivate',
    {
      schema: {
        tags,
        summary: '恢复用户',
        params: idParamsSchema,
        response: { 200: userViewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => toUserView(await users.reactivate(actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置密码（返回一次性密码）',
        params: idParamsSchema,
        response: { 200: withOneTimePassword, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const reset = await users.resetPassword(actorOf(request), request.params.id);
      return { user: toUserView(reset.user), oneTimePassword: reset.oneTimePassword };
    },
  );
};
