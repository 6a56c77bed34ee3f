import { todayInShanghai } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import type { Db } from '../db/database.ts';
import { contentDisposition } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import type { AgencyProfilesService } from './agency-profiles.service.ts';
import type { AvItemListPublicationRow } from './av-item-list-publications.repository.ts';
import type { AvItemListPublicationsService } from './av-item-list-publications.service.ts';
import { avItemListInForce, type AvItemList } from './av-item-list.ts';
import { avItemListPdf } from './av-item-list-pdf.ts';

const listFields = {
  agencyName: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  version: z.number().int().nullable(),
  savedAt: z.iso.datetime().nullable(),
  items: z.array(
    z.object({ value: z.string(), citation: z.string(), situations: z.array(z.string()) }),
  ),
};

const avItemListSchema = z
  .object({
    ...listFields,
    publishedAt: z.iso.datetime().describe('发布（向社会公开）的时间'),
    sha256: z.string().describe('所公开清单（规范化 JSON）的 SHA-256，与留痕日志中的一致'),
  })
  .meta({ id: 'AvItemList' });

const publicationSchema = z
  .object({
    id: z.uuid(),
    profileId: z.string(),
    /** The agency's own version published; null for a standard profile. */
    profileVersion: z.number().int().nullable(),
    itemCount: z.number().int(),
    sha256: z.string(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.object({ id: z.uuid(), name: z.string() }),
  })
  .meta({ id: 'AvItemListPublication' });

const publicationsSchema = z
  .object({
    /** The list the agency applies now, to compare with what is public. */
    inForce: z
      .object({
        profileId: z.string(),
        profileName: z.string(),
        version: z.number().int().nullable(),
        itemCount: z.number().int(),
        sha256: z.string(),
      })
      .nullable(),
    items: z.array(publicationSchema),
  })
  .meta({ id: 'AvItemListPublications' });

/** Plain arrays for the response (the stored list's are readonly). */
function listView(list: AvItemList) {
  return { ...list, items: list.items.map((i) => ({ ...i, situations: [...i.situations] })) };
}

function publicationView(row: AvItemListPublicationRow, publisherName: string) {
  return {
    id: row.id,
    profileId: row.profileId,
    profileVersion: row.profileVersion,
    itemCount: row.list.items.length,
    sha256: row.sha256,
    publishedAt: row.createdAt.toISOString(),
    publishedBy: { id: row.publishedBy, name: publisherName },
  };
}

/**
 * 音像记录事项清单 as a document: published by the agency head (003 第十八条 "向社会公开"),
 * shown to everyone without login as last published, and printed as a PDF by the agency's
 * people.
 */
export const avItemListRoutes: FastifyPluginAsyncZod<{
  db: Db;
  agencyProfiles: AgencyProfilesService;
  publications: AvItemListPublicationsService;
  now: () => Date;
}> = async (app, { db, agencyProfiles, publications, now }) => {
  const tags = ['profiles'];

  app.get(
    '/api/v1/public/agencies/:id/av-item-list',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '公开：执法机关最近发布的音像记录事项清单（无需登录；发布前为 404）',
        params: idParamsSchema,
        response: { 200: avItemListSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const row = await publications.latestPublic(request.params.id);
      return {
        ...listView(row.list),
        publishedAt: row.createdAt.toISOString(),
        sha256: row.sha256,
      };
    },
  );

  app.get(
    '/api/v1/agencies/:id/av-item-list/publications',
    {
      schema: {
        tags,
        summary: '音像记录事项清单的发布记录，及现行清单是否已公开',
        params: idParamsSchema,
        response: { 200: publicationsSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const { inForce, rows, names } = await publications.history(
        actorOf(request),
        request.params.id,
      );
      return {
        inForce:
          inForce === null
            ? null
            : {
                profileId: inForce.list.profileId,
                profileName: inForce.list.profileName,
                version: inForce.list.version,
                itemCount: inForce.list.items.length,
                sha256: inForce.sha256,
              },
        items: rows.map((row) => publicationView(row, names.get(row.publishedBy) ?? '')),
      };
    },
  );

  app.post(
    '/api/v1/agencies/:id/av-item-list/publications',
    {
      schema: {
        tags,
        summary: '发布现行的音像记录事项清单，向社会公开（机关负责人）',
        params: idParamsSchema,
        body: z.strictObject({
          expectedVersion: z
            .number()
            .int()
            .min(1)
            .nullable()
            .describe('确认发布的本机关制度版本；适用内置制度的为 null。与现行的不同时返回 409'),
        }),
        response: { 201: publicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { row, publisherName } = await publications.publish(
        actorOf(request),
        request.params.id,
        request.body.expectedVersion,
      );
      return reply.code(201).send(publicationView(row, publisherName));
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
