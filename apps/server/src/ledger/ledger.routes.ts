import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses } from '../http/common-schemas.ts';
import { bundleSchema } from './bundle.ts';
import { checkpointViewSchema } from './checkpoint-view.ts';
import type { LedgerReader } from './ledger-reader.ts';

const logIdParams = z.strictObject({ logId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) });
const size = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const logSummarySchema = z
  .object({
    logId: z.string(),
    agencyId: z.uuid().nullable(),
    hashAlgorithm: z.enum(['sha256', 'sm3']),
    latestCheckpoint: checkpointViewSchema.nullable(),
  })
  .meta({ id: 'LedgerLog' });

const keySchema = z
  .object({
    keyId: z.string(),
    algorithm: z.enum(['ed25519', 'sm2']),
    publicKey: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'LedgerKey' });

/**
 * Checkpoints, keys and consistency proofs are public (they reveal only hashes), so that
 * anyone can keep a copy and later prove the ledger was not rewritten. Entries are not.
 */
export const ledgerRoutes: FastifyPluginAsyncZod<{ reader: LedgerReader }> = async (
  app,
  { reader },
) => {
  const tags = ['ledger'];
  const pub = { public: true };

  app.get(
    '/api/v1/public/ledger/logs',
    {
      config: pub,
      schema: {
        tags,
        summary: '留痕日志列表及最新签名检查点',
        response: { 200: z.object({ items: z.array(logSummarySchema) }) },
      },
    },
    async () => ({ items: await reader.logs() }),
  );

  app.get(
    '/api/v1/public/ledger/keys',
    {
      config: pub,
      schema: {
        tags,
        summary: '签名公钥',
        response: { 200: z.object({ items: z.array(keySchema) }) },
      },
    },
    async () => ({ items: await reader.keys() }),
  );

  app.get(
    '/api/v1/public/ledger/logs/:logId/checkpoints/latest',
    {
      config: pub,
      schema: {
        tags,
        summary: '最新签名检查点',
        params: logIdParams,
        response: { 200: checkpointViewSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => reader.latestCheckpoint(request.params.logId),
  );

  app.get(
    '/api/v1/public/ledger/logs/:logId/checkpoints',
    {
      config: pub,
      schema: {
        tags,
        summary: '签名检查点历史（新到旧）',
        params: logIdParams,
        querystring: z.strictObject({
          before: size.optional().describe('只列出树大小小于此值的检查点（翻页）'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({
            items: z.array(checkpointViewSchema),
            nextBefore: z.number().nullable(),
          }),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => {
      const { before, limit } = request.query;
      const items = await reader.checkpoints(request.params.logId, before, limit);
      const last = items.at(-1);
      return { items, nextBefore: items.length === limit && last ? last.treeSize : null };
    },
  );

  app.get(
    '/api/v1/public/ledger/logs/:logId/consistency',
    {
      config: pub,
      schema: {
        tags,
        summary: '一致性证明（两个树大小之间）',
        params: logIdParams,
        querystring: z.strictObject({ from: size, to: size }),
        response: {
          200: z.object({
            logId: z.string(),
            from: z.number(),
            to: z.number(),
            proof: z.array(z.string()),
          }),
          ...errorResponses(400, 404, 422),
        },
      },
    },
    async (request) =>
      reader.consistency(request.params.logId, request.query.from, request.query.to),
  );

  app.get(
    '/api/v1/ledger/logs/:logId/entries/:seq',
    {
      schema: {
        tags,
        summary: '日志条目及其包含证明（证明包，可离线校验）',
        params: logIdParams.extend({ seq: size }),
        querystring: z.strictObject({
          checkpoint: size.optional().describe('证明所对应的检查点树大小，默认最新'),
        }),
        response: { 200: bundleSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      reader.bundleFor(
        actorOf(request),
        request.params.logId,
        request.params.seq,
        request.query.checkpoint,
      ),
  );
};
