import { STANDARD_PROFILES, policyProfileSchema, standardProfile } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import { effectiveSchema, effectiveValues } from './effective-view.ts';
import { standardProfileIdSchema } from './profile-schemas.ts';

const summarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    issuer: z.string(),
    /** Null for the national baseline, which follows no seed. */
    seed: z.string().nullable(),
    documentNumber: z.string().nullable(),
  })
  .meta({ id: 'PolicyProfileSummary' });

/**
 * The regulations as data, read-only: which profiles exist, every number and list of one
 * with its citations, and where national law overrides it.
 */
export const profilesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['profiles'];

  app.get(
    '/api/v1/profiles',
    {
      schema: {
        tags,
        summary: '内置策略配置（国家规定基线与五部规定）',
        response: { 200: z.object({ items: z.array(summarySchema) }), ...errorResponses(401) },
      },
    },
    async () => ({
      items: STANDARD_PROFILES.map((profile) => ({
        id: profile.id,
        name: profile.name,
        issuer: profile.issuer,
        seed: profile.seed ?? null,
        documentNumber: profile.documentNumber ?? null,
      })),
    }),
  );

  app.get(
    '/api/v1/profiles/:id',
    {
      schema: {
        tags,
        summary: '策略配置详情及从严适用的法定期限',
        params: z.strictObject({ id: standardProfileIdSchema }),
        response: {
          200: z.object({ profile: policyProfileSchema, effective: z.array(effectiveSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const profile = standardProfile(request.params.id);
      if (profile === undefined) throw problems.notFound('该策略配置');
      return { profile, effective: effectiveValues(profile) };
    },
  );
};
