import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { problems } from '../http/problem.ts';
import { actorFromUser } from './actor.ts';
import type { AuthService } from './auth.service.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './request-context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Every API route needs a session unless it says `config.public`. A cookie-authenticated
 * write must also carry the session's CSRF token in a header, which another site cannot
 * read; the SameSite=Strict cookie is the second fence.
 */
export function registerAuthentication(app: FastifyInstance, auth: AuthService) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.is404) return;
    const config = request.routeOptions.config;
    const token = request.cookies[SESSION_COOKIE];
    if (config.public && !token) return;

    const resolved = token ? await auth.resolveSession(token) : undefined;
    if (!resolved) {
      if (config.public) return;
      throw problems.unauthenticated();
    }
    request.actor = actorFromUser(resolved.user);
    request.sessionToken = token ?? null;
    if (config.public) return;

    if (resolved.user.mustChangePassword && !config.allowDuringPasswordChange) {
      throw problems.passwordChangeRequired();
    }
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameToken(header, resolved.session.csrfToken)) {
        throw problems.csrf();
      }
    }
  });
}
