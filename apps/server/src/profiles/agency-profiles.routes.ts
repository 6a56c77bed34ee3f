import { policyProfileSchema } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import type { AgencyProfilesService } from './agency-profiles.service.ts';
import { agencyProfileView, versionView } from './agency-profile-views.ts';
import { effectiveSchema } from './effective-view.ts';
import { standardProfileIdSchema } from './profile-schemas.ts';

const versionSummarySchema = z
  .object({
    version: z.number().int(),
    note: z.string(),
    createdBy: z.uuid(),
    createdByName: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AgencyProfileVersionSummary' });

const versionSchema = z
  .object({
    profileId: z.string(),
    version: z.number().int(),
    basedOn: z.string(),
    note: z.string(),
    createdBy: z.uuid(),
    createdAt: z.iso.datetime(),
    profile: policyProfileSchema,
    effective: z.array(effectiveSchema),
  })
  .meta({ id: 'AgencyProfileVersion' });

const overviewSchema = z
  .object({
    /** The profile new cases are opened under (a standard one, or the agency's own). */
    profileId: z.string().nullable(),
    /** The agency's own profile, once it has copied one; newest version first. */
    own: z
      .object({
        profileId: z.string(),
        basedOn: z.string(),
        inForce: z.boolean(),
        versions: z.array(versionSummarySchema),
      })
      .nullable(),
  })
  .meta({ id: 'AgencyProfileOverview' });

const inForceSchema = z
  .object({
    profileId: z.string(),
    /** The agency profile's version; null for a standard profile (it has only one). */
    version: z.number().int().nullable(),
    profile: policyProfileSchema,
  })
  .meta({ id: 'AgencyProfileInForce' });

/** An edit: the whole profile but its id and seed, which stay those of the copy. */
const profileEditSchema = policyProfileSchema.omit({ id: true, seed: true });

const versionParams = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

/**
 * An agency's own 执法全过程记录制度: copied from a standard profile, edited by its head or
 * administrator, each save a new version (nothing is overwritten), every change ledgered.
 */
export const agencyProfilesRoutes: FastifyPluginAsyncZod<{
  agencyProfiles: AgencyProfilesService;
}> = async (app, { agencyProfiles }) => {
  const tags = ['profiles'];

  app.get(
    '/api/v1/agencies/:id/own-profile',
    {
      schema: {
        tags,
        summary: '本机关制度及其各版本',
        params: idParamsSchema,
        response: { 200: overviewSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      agencyProfileView(await agencyProfiles.overview(actorOf(request), request.params.id)),
  );

  app.get(
    '/api/v1/agencies/:id/profile-in-force',
    {
      schema: {
        tags,
        summary: '本机关现行制度（新启动的案件按其执法类别、紧急启动等规定校验）',
        params: idParamsSchema,
        response: { 200: inForceSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => agencyProfiles.inForce(actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/agencies/:id/own-profile',
    {
      schema: {
        tags,
        summary: '复制内置制度为本机关制度（第 1 版，自即日起适用于新案件）',
        params: idParamsSchema,
        body: z.strictObject({ basedOn: standardProfileIdSchema }),
        response: { 201: versionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await agencyProfiles.copy(
        actorOf(request),
        request.params.id,
        request.body.basedOn,
      );
      return reply.code(201).send(versionView(row));
    },
  );

  app.post(
    '/api/v1/agencies/:id/own-profile/versions',
    {
      schema: {
        tags,
        summary: '保存本机关制度的新版本（已开启的案件仍按其开启时的版本）',
        params: idParamsSchema,
        body: z.strictObject({
          /** The version the edit started from; another save in between answers 409. */
          expectedVersion: z.number().int().min(1),
          note: z.string().trim().min(1, '请说明修改原因').max(500),
          profile: profileEditSchema,
        }),
        response: { 201: versionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await agencyProfiles.saveVersion(
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(versionView(row));
    },
  );

  app.get(
    '/api/v1/agencies/:id/own-profile/versions/:version',
    {
      schema: {
        tags,
        summary: '本机关制度的某一版本及从严适用的法定期限',
        params: versionParams,
        response: { 200: versionSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      versionView(
        await agencyProfiles.version(actorOf(request), request.params.id, request.params.version),
      ),
  );
};
