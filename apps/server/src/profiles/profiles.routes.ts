import {
  BUILTIN_PROFILES,
  EFFECTIVE_KEYS,
  effectiveValue,
  policyProfileSchema,
} from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { citationView } from '../cases/finding-view.ts';
import { errorResponses } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import { profileIdSchema } from './profile-schemas.ts';

const summarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    issuer: z.string(),
    seed: z.string(),
    documentNumber: z.string().nullable(),
  })
  .meta({ id: 'PolicyProfileSummary' });

const effectiveSchema = z.object({
  key: z.enum(EFFECTIVE_KEYS),
  value: z.unknown(),
  alsoApplies: z.unknown().optional(),
  source: z.enum(['profile', 'national_law', 'both']),
  explanation: z.string(),
  citations: z.array(z.record(z.string(), z.string())),
});

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
        summary: '内置策略配置（五部规定）',
        response: { 200: z.object({ items: z.array(summarySchema) }), ...errorResponses(401) },
      },
    },
    async () => ({
      items: BUILTIN_PROFILES.map((profile) => ({
        id: profile.id,
        name: profile.name,
        issuer: profile.issuer,
        seed: profile.seed,
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
        params: z.strictObject({ id: profileIdSchema }),
        response: {
          200: z.object({ profile: policyProfileSchema, effective: z.array(effectiveSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const profile = BUILTIN_PROFILES.find((p) => p.id === request.params.id);
      if (profile === undefined) throw problems.notFound('该策略配置');
      return {
        profile,
        effective: EFFECTIVE_KEYS.map((key) => {
          // Each branch picks its own overload of effectiveValue.
          const effective =
            key === 'demandNoticeBeforeExecution'
              ? effectiveValue(profile, key)
              : effectiveValue(profile, key);
          // Each with `text`, the regulation or statute by name, for display.
          return { key, ...effective, citations: effective.citations.map(citationView) };
        }),
      };
    },
  );
};
