import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, noContentSchema } from '../http/common-schemas.ts';
import { toUserView, userViewSchema } from '../identity/user-view.ts';
import type { AuthService } from './auth.service.ts';
import { actorOf, SESSION_COOKIE, sessionTokenOf } from './request-context.ts';
import { problems } from '../http/problem.ts';

const sessionViewSchema = z
  .object({ user: userViewSchema, csrfToken: z.string() })
  .meta({ id: 'Session' });

export interface AuthRoutesOptions {
  readonly auth: AuthService;
  readonly cookieSecure: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { auth, cookieSecure },
) => {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: cookieSecure,
  };

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: z.strictObject({
          username: z.string().min(1).max(64),
          password: z.string().min(1).max(256),
        }),
        response: { 200: sessionViewSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const signedIn = await auth.login(request.body.username, request.body.password, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, signedIn.sessionToken, {
        ...cookieOptions,
        expires: signedIn.expiresAt,
      });
      return { user: toUserView(signedIn.user), csrfToken: signedIn.csrfToken };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: '当前会话',
        response: { 200: sessionViewSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const resolved = await auth.resolveSession(sessionTokenOf(request));
      if (!resolved) throw problems.unauthenticated();
      return { user: toUserView(resolved.user), csrfToken: resolved.session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: '退出登录',
        response: { 204: noContentSchema, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await auth.logout(sessionTokenOf(request), actorOf(request));
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: '修改密码',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(256),
          newPassword: z.string().min(1).max(256),
        }),
        response: { 200: userViewSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await auth.changePassword(
        actor.id,
        request.body.currentPassword,
        request.body.newPassword,
        sessionTokenOf(request),
        { ip: request.ip, userAgent: request.headers['user-agent'] },
      );
      return toUserView(user);
    },
  );
};
