import type { FastifyRequest } from 'fastify';
import { problems } from '../http/problem.ts';
import type { Actor } from './actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, public portal). */
    public?: boolean;
    /** Reachable while the user still holds a one-time password. */
    allowDuringPasswordChange?: boolean;
  }
}

export const SESSION_COOKIE = 'liuhen_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in actor; routes that are not public can rely on it. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw problems.unauthenticated();
  return request.actor;
}

export function sessionTokenOf(request: FastifyRequest): string {
  if (!request.sessionToken) throw problems.unauthenticated();
  return request.sessionToken;
}
