import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/actor.ts';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { accessBody, accessGrantSchema, accessQuery } from './access-schemas.ts';
import type { AccessPurpose } from './access-tokens.ts';
import { fileBody, sendStoredBytes, type StoredBytes } from './serve-stored-bytes.ts';

export interface ReasonedAccess {
  /** e.g. `/api/v1/av-records`: the routes are `<base>/:id/access` and `<base>/:id/content`. */
  readonly basePath: string;
  readonly tags: string[];
  readonly summaries: { readonly access: string; readonly content: string };
  /** Puts who asks, and why, on the ledger and returns the time-limited URL. */
  readonly grant: (
    actor: Actor,
    id: string,
    purpose: AccessPurpose,
    reason: string,
  ) => Promise<{ url: string; expiresAt: string }>;
  /** The bytes a holder of a current token may read. */
  readonly content: (actor: Actor, id: string, token: string) => Promise<StoredBytes>;
}

/**
 * Media a browser may show in the page: pictures, sound, video and PDF. Anything else (a
 * recording declared `text/html`, an SVG with a script in it) could run in our origin if
 * shown, so it is saved as a file, never sniffed into something else.
 */
export function showsInline(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]!.trim().toLowerCase();
  if (essence === 'application/pdf') return true;
  if (essence === 'image/svg+xml') return false;
  return /^(audio|video|image)\/[a-z0-9][a-z0-9.+-]*$/.test(essence);
}

/** The file as it may be served: anything not shown inline goes out as an attachment. */
export function servedSafely(file: StoredBytes): StoredBytes {
  if (showsInline(file.mediaType)) return file;
  return {
    ...file,
    disposition: {
      kind: 'attachment',
      name: file.disposition?.name ?? 'file.bin',
      fallbackStem: file.disposition?.fallbackStem ?? 'file',
    },
  };
}

/**
 * The two routes every kind of stored evidence shares (recordings, attachments): ask to view
 * or download with a reason, then read the bytes by range with the token that request gave.
 */
export function registerReasonedAccess(
  app: FastifyInstance<any, any, any, any, ZodTypeProvider>, // eslint-disable-line @typescript-eslint/no-explicit-any -- any server the plugin is registered on
  access: ReasonedAccess,
): void {
  app.post(
    `${access.basePath}/:id/access`,
    {
      schema: {
        tags: access.tags,
        summary: access.summaries.access,
        params: idParamsSchema,
        body: accessBody,
        response: { 201: accessGrantSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { purpose, reason } = request.body;
      const grant = await access.grant(actorOf(request), request.params.id, purpose, reason);
      return reply.code(201).send(grant);
    },
  );

  app.get(
    `${access.basePath}/:id/content`,
    {
      schema: {
        tags: access.tags,
        summary: access.summaries.content,
        params: idParamsSchema,
        querystring: accessQuery,
        response: {
          200: fileBody.describe('整个文件'),
          206: fileBody.describe('所请求的字节范围'),
          ...errorResponses(400, 401, 403, 404, 416),
        },
      },
    },
    async (request, reply) => {
      const file = await access.content(actorOf(request), request.params.id, request.query.access);
      reply.header('x-content-type-options', 'nosniff');
      return sendStoredBytes(reply, request.headers.range, servedSafely(file));
    },
  );
}
