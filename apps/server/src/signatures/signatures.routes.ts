import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/request-context.ts';
import { fileBody, sendStoredBytes } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { SIGNATURE_MAX_BASE64 } from './signature-image.ts';
import {
  newSignatureBody,
  recordSignatureSchema,
  recordSignaturesSchema,
} from './signature-schemas.ts';
import type { SignaturesService } from './signatures.service.ts';

/**
 * Room for an image well over the largest allowed, in base64, whatever the server's general
 * limit: a signature somewhat too large is then refused by the schema, in words a clerk
 * understands, rather than as an oversized request.
 */
const CAPTURE_BODY_LIMIT = 2 * SIGNATURE_MAX_BASE64;

export const signaturesRoutes: FastifyPluginAsyncZod<{ signatures: SignaturesService }> = async (
  app,
  { signatures },
) => {
  const tags = ['signatures'];

  app.post(
    '/api/v1/records/:id/signatures',
    {
      bodyLimit: CAPTURE_BODY_LIMIT,
      schema: {
        tags,
        summary:
          '采集签名：屏幕手写签名或签名、指印、印章扫描件（PNG），只写一次存档并记入留痕日志；同一签名栏重新签名时以最新的为准',
        params: idParamsSchema,
        body: newSignatureBody,
        response: {
          201: recordSignatureSchema,
          ...errorResponses(400, 401, 403, 404, 409, 413, 422),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await signatures.capture(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/records/:id/signatures',
    {
      schema: {
        tags,
        summary: '文书的签名栏和已采集的签名（含被重新签名取代的）',
        params: idParamsSchema,
        response: { 200: recordSignaturesSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => signatures.list(actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/signatures/:id/image',
    {
      schema: {
        tags,
        summary: '签名图像（PNG，与采集时逐字节一致；每次查看记入留痕日志）',
        params: idParamsSchema,
        response: { 200: fileBody, 206: fileBody, ...errorResponses(400, 401, 403, 404, 409, 416) },
      },
    },
    async (request, reply) =>
      sendStoredBytes(
        reply,
        request.headers.range,
        await signatures.image(actorOf(request), request.params.id),
      ),
  );
};
