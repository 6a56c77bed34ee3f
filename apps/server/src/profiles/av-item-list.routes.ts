import { todayInShanghai } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import type { Db } from '../db/database.ts';
import { contentDisposition } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import type { AgencyProfilesService } from './agency-profiles.service.ts';
import { avItemListInForce } from './av-item-list.ts';
import { avItemListPdf } from './av-item-list-pdf.ts';

const avItemListSchema = z
  .object({
    agencyName: z.string(),
    profileId: z.string(),
    profileName: z.string(),
    version: z.number().int().nullable(),
    savedAt: z.iso.datetime().nullable(),
    items: z.array(
      z.object({ value: z.string(), citation: z.string(), situations: z.array(z.string()) }),
    ),
  })
  .meta({ id: 'AvItemList' });

/**
 * 音像记录事项清单 as a document: published to everyone without login (003 第十八条
 * "向社会公开"), and printed as a PDF by the agency's people.
 */
export const avItemListRoutes: FastifyPluginAsyncZod<{
  db: Db;
  agencyProfiles: AgencyProfilesService;
  now: () => Date;
}> = async (app, { db, agencyProfiles, now }) => {
  const tags = ['profiles'];

  app.get(
    '/api/v1/public/agencies/:id/av-item-list',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '公开：执法机关现行的音像记录事项清单（无需登录）',
        params: idParamsSchema,
        response: { 200: avItemListSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const list = await avItemListInForce(db, request.params.id);
      if (list === undefined) throw problems.notFound('该执法机关的音像记录事项清单');
      return { ...list, items: list.items.map((i) => ({ ...i, situations: [...i.situations] })) };
    },
  );

  app.get(
    '/api/v1/agencies/:id/av-item-list.pdf',
    {
      schema: {
        tags,
        summary: '打印本机关现行的音像记录事项清单（PDF）',
        params: idParamsSchema,
        response: {
          200: z.instanceof(Buffer).describe('PDF'),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      await agencyProfiles.overview(actorOf(request), request.params.id);
      const list = await avItemListInForce(db, request.params.id);
      if (list === undefined) throw problems.notFound('该执法机关的音像记录事项清单');
      const pdf = await avItemListPdf(list, todayInShanghai(now()));
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          contentDisposition({
            kind: 'attachment',
            name: `${list.agencyName}音像记录事项清单.pdf`,
            fallbackStem: 'av-item-list',
          }),
        )
        .send(Buffer.from(pdf));
    },
  );
};
