import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';

const componentStatus = z.enum(['ok', 'unavailable']);

const healthSchema = z
  .object({
    status: componentStatus,
    version: z.string(),
    database: z.object({
      status: componentStatus,
      driver: z.enum(['pglite', 'postgres']),
      latencyMs: z.number().nullable(),
    }),
    evidenceStore: z.object({ status: componentStatus, kind: z.string() }),
  })
  .meta({ id: 'Health' });

export interface HealthRoutesOptions {
  readonly database: Database;
  readonly evidenceStore: EvidenceStore;
  readonly version: string;
}

/** Public so that a load balancer or a watchdog can ask; it reveals no paths or errors. */
export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (
  app,
  { database, evidenceStore, version },
) => {
  app.get(
    '/api/v1/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: '运行状态（数据库、证据存储）',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (request, reply) => {
      const started = performance.now();
      const databaseOk = await database.ping().then(
        () => true,
        (error: unknown) => {
          request.log.warn({ err: error }, 'health: database unreachable');
          return false;
        },
      );
      const latencyMs = databaseOk ? Math.round((performance.now() - started) * 10) / 10 : null;
      const store = await evidenceStore.status();
      const healthy = databaseOk && store.status === 'ok';
      return reply.code(healthy ? 200 : 503).send({
        status: healthy ? 'ok' : 'unavailable',
        version,
        database: { status: databaseOk ? 'ok' : 'unavailable', driver: database.driver, latencyMs },
        evidenceStore: { status: store.status, kind: store.kind },
      });
    },
  );
};
