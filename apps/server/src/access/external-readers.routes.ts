import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import type { Db } from '../db/database.ts';
import { errorResponses } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import { findExternalReaders } from './external-readers.repository.ts';

const externalReaderSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    agencyId: z.uuid(),
    agencyName: z.string(),
  })
  .meta({ id: 'ExternalReader' });

/**
 * People of other authorities on the platform (police, procuratorate, a superior), to be named
 * as the reader of an external request (004 第二十三条): only who they are and where, nothing
 * more, and only to someone of an agency who may ask.
 */
export const externalReadersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/external-readers',
    {
      schema: {
        tags: ['access'],
        summary: '外单位查阅人（调阅申请中指定查阅人）',
        querystring: z.strictObject({
          q: z.string().trim().min(1, '请输入姓名或单位名称').max(50),
        }),
        response: {
          200: z.object({ items: z.array(externalReaderSchema) }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (actor.agencyId === null) {
        throw problems.forbidden('只有执法机关人员可以提出调阅申请并指定外单位查阅人。');
      }
      const items = await findExternalReaders(db, {
        ownAgencyId: actor.agencyId,
        search: request.query.q,
        limit: 20,
      });
      return { items };
    },
  );
};
