import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { contentDisposition, fileBody, sendStoredBytes } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import type { DocumentProofs } from './document-proof.service.ts';
import type { PartyCopies } from './party-copy.service.ts';
import { MAX_BATCH, type BatchPrinter } from './print-batch.service.ts';

const printBody = z.strictObject({
  documentIds: z
    .array(z.uuid(), { error: '请选择要打印的文书' })
    .min(1, '请至少选择一份文书')
    .max(MAX_BATCH, `一次最多打印 ${MAX_BATCH} 份文书`)
    .refine((ids) => new Set(ids).size === ids.length, '同一份文书选择了两次')
    .describe('按此顺序打印'),
});

/**
 * The ways an issued document leaves the server besides its PDF: the proof bundle that
 * verifies it offline, several printed at once, and a party's marked copy.
 */
export const documentHandoutsRoutes: FastifyPluginAsyncZod<{
  proofs: DocumentProofs;
  printer: BatchPrinter;
  partyCopies: PartyCopies;
}> = async (app, { proofs, printer, partyCopies }) => {
  const tags = ['documents'];

  app.get(
    '/api/v1/documents/:id/proof',
    {
      schema: {
        tags,
        summary:
          '文书核验包：签发记录的留痕日志证明包（配合 PDF 用 liuhen document verify 离线核验）',
        description:
          '返回文书签发条目、包含证明和签名检查点（LedgerProofBundle 格式，逐字节即为文件内容）。签发后约一秒内尚未签名时返回 409，请稍后再试。',
        params: idParamsSchema,
        response: {
          200: z.string().describe('LedgerProofBundle 的规范 JSON 文本'),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const proof = await proofs.bundle(actorOf(request), request.params.id);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          contentDisposition({ kind: 'attachment', name: proof.fileName, fallbackStem: 'proof' }),
        )
        .send(proof.text);
    },
  );

  app.post(
    '/api/v1/cases/:id/documents/print',
    {
      schema: {
        tags,
        summary: '批量打印：本案多份已签发文书合并为一个 PDF（按所选顺序；原文书不变）',
        params: idParamsSchema,
        body: printBody,
        response: {
          200: z.instanceof(Buffer).describe('合并后的 PDF'),
          ...errorResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const printed = await printer.print(
        actorOf(request),
        request.params.id,
        request.body.documentIds,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header('x-page-count', String(printed.pageCount))
        .header(
          'content-disposition',
          contentDisposition({ kind: 'inline', name: printed.fileName, fallbackStem: 'print' }),
        )
        .send(Buffer.from(printed.bytes));
    },
  );

  app.post(
    '/api/v1/documents/:id/party-copy',
    {
      schema: {
        tags,
        summary: '当事人复制：经批准的“当事人复制”申请下，下载加注“复制件”的文书副本',
        description:
          '须有经机关负责人批准、在有效期内、包含“复制（下载）”且涵盖本文书（或其文书记录、整个案件）的当事人复制申请；交付的是加注水印的副本，从不交付原件字节。',
        params: idParamsSchema,
        response: { 200: fileBody, ...errorResponses(400, 401, 403, 404, 409, 410, 422) },
      },
    },
    async (request, reply) =>
      sendStoredBytes(
        reply,
        undefined,
        await partyCopies.copy(actorOf(request), request.params.id),
      ),
  );
};
