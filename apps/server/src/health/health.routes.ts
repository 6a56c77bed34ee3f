import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import { integritySchema, type IntegrityView } from '../integrity/integrity-status.ts';
import type { ScrubRow } from '../ledger/scrub.ts';

const componentStatus = z.enum(['ok', 'unavailable']);

const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable', 'alarm']),
    version: z.string(),
    database: z.object({
      status: componentStatus,
      driver: z.enum(['pglite', 'postgres']),
      latencyMs: z.number().nullable(),
    }),
    evidenceStore: z.object({ status: componentStatus, kind: z.string() }),
    ledger: z.object({
      status: z.enum(['ok', 'alarm', 'not_yet_verified']),
      lastVerifiedAt: z.iso.datetime().nullable(),
      entriesVerified: z.number().nullable(),
    }),
    /** Evidence bytes and sealed rows re-proved against the ledger (issue 14). */
    integrity: integritySchema.nullable(),
  })
  .meta({ id: 'Health' });

export interface HealthRoutesOptions {
  readonly database: Database;
  readonly evidenceStore: EvidenceStore;
  readonly version: string;
  readonly lastScrub: () => Promise<ScrubRow | undefined>;
  /** Open alarms (the first few, by object or record id) and the evidence scrub's progress. */
  readonly integrity: () => Promise<IntegrityView>;
}

/** Public so that a load balancer or a watchdog can ask; it reveals no paths or errors. */
export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (
  app,
  { database, evidenceStore, version, lastScrub, integrity },
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
      const scrub = databaseOk ? await lastScrub().catch(() => undefined) : undefined;
      const checked = databaseOk ? await integrity().catch(() => undefined) : undefined;
      const healthy = databaseOk && store.status === 'ok';
      const alarm = (scrub !== undefined && !scrub.ok) || checked?.status === 'alarm';
      // A failed scrub is an alarm, not an outage: 200, so a load balancer keeps serving
      // while people look into it; monitoring reads `status`.
      return reply.code(healthy ? 200 : 503).send({
        status: !healthy ? 'unavailable' : alarm ? 'alarm' : 'ok',
        version,
        database: { status: databaseOk ? 'ok' : 'unavailable', driver: database.driver, latencyMs },
        evidenceStore: { status: store.status, kind: store.kind },
        ledger: {
          status: !scrub ? 'not_yet_verified' : scrub.ok ? 'ok' : 'alarm',
          lastVerifiedAt: scrub?.finishedAt.toISOString() ?? null,
          entriesVerified: scrub?.entriesChecked ?? null,
        },
        integrity: checked ?? null,
      });
    },
  );
};
