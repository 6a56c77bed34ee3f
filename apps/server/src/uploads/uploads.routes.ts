import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, noContentSchema } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import {
  OFFSET_CONTENT_TYPE,
  TUS_EXTENSIONS,
  TUS_VERSION,
  encodeUploadMetadata,
  mediaTypeOf,
  parseUploadLength,
  parseUploadMetadata,
  parseUploadOffset,
  speaksOurTus,
} from './tus-headers.ts';
import { readDeclaration } from './upload-declaration.ts';
import { uploadProblems } from './upload-problems.ts';
import { uploadViewSchema } from './upload-view.ts';
import type { UploadsService } from './uploads.service.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParams = z.object({ id: z.string() });

/** An id that cannot be an upload is simply not one (tus clients expect 404, not 400). */
function uploadId(id: string): string {
  if (!UUID.test(id)) throw uploadProblems.notFound();
  return id.toLowerCase();
}

/**
 * The tus 1.0.0 endpoints (creation and termination extensions) at /api/v1/uploads, plus
 * a JSON status view. Headers are parsed here; the service decides.
 */
export const uploadsRoutes: FastifyPluginAsyncZod<{
  uploads: UploadsService;
  maxUploadBytes: number;
}> = async (app, { uploads, maxUploadBytes }) => {
  const tags = ['uploads'];

  // The body of a PATCH goes to disk as it arrives: no buffering, no JSON body limit.
  app.addContentTypeParser(OFFSET_CONTENT_TYPE, (_request, payload, done) => done(null, payload));

  app.addHook('onRequest', async (request) => {
    // OPTIONS asks which version we speak; the JSON view is not part of tus.
    if (request.method === 'OPTIONS' || request.method === 'GET') return;
    if (!speaksOurTus(request.headers['tus-resumable'])) throw uploadProblems.tusVersion();
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('tus-resumable', TUS_VERSION);
    if (reply.statusCode === 412) reply.header('tus-version', TUS_VERSION);
    return payload;
  });

  app.options(
    '/api/v1/uploads',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '断点续传（tus 1.0.0）服务能力',
        response: { 204: noContentSchema },
      },
    },
    async (_request, reply) =>
      reply
        .header('tus-version', TUS_VERSION)
        .header('tus-extension', TUS_EXTENSIONS)
        .header('tus-max-size', String(maxUploadBytes))
        .code(204)
        .send(),
  );

  app.post(
    '/api/v1/uploads',
    {
      schema: {
        tags,
        summary: '创建上传（tus creation）：声明文件大小、文件名、类型和 SHA-256 或 SM3 校验值',
        response: {
          201: noContentSchema,
          ...errorResponses(400, 401, 403, 404, 412, 413, 422),
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const length = parseUploadLength(request.headers['upload-length']);
      const metadata = parseUploadMetadata(request.headers['upload-metadata']);
      const invalid = [length, metadata].flatMap((parsed) => (parsed.ok ? [] : [parsed.problem]));
      if (request.headers['upload-defer-length'] !== undefined) {
        invalid.push({ name: 'Upload-Defer-Length', reason: '不支持延后声明文件大小' });
      }
      if (!length.ok || !metadata.ok || invalid.length > 0) throw problems.validation(invalid);
      const declared = readDeclaration(metadata.value);
      if (!declared.ok) throw problems.validation(declared.problems);
      const id = await uploads.create(actor, {
        lengthBytes: length.value,
        metadata: metadata.value,
        declaration: declared.declaration,
      });
      return reply.header('location', `/api/v1/uploads/${id}`).code(201).send();
    },
  );

  app.head(
    '/api/v1/uploads/:id',
    {
      schema: {
        tags,
        summary: '查询续传位置（tus HEAD）：服务器已可靠保存的字节数',
        params: idParams,
      },
    },
    async (request, reply) => {
      const progress = await uploads.progress(actorOf(request), uploadId(request.params.id));
      return reply
        .code(200)
        .header('upload-offset', String(progress.offset))
        .header('upload-length', String(progress.length))
        .header('upload-metadata', encodeUploadMetadata(progress.metadata))
        .header('cache-control', 'no-store')
        .send();
    },
  );

  app.patch(
    '/api/v1/uploads/:id',
    {
      // Refused before the body is read: a wrong type must not be parsed or buffered.
      onRequest: async (request) => {
        if (mediaTypeOf(request.headers['content-type']) !== OFFSET_CONTENT_TYPE) {
          throw uploadProblems.contentType();
        }
      },
      schema: {
        tags,
        summary: '续传文件内容（tus PATCH）；最后一段到达后校验并存入专用存储器',
        params: idParams,
        response: {
          204: noContentSchema,
          ...errorResponses(400, 401, 404, 409, 410, 412, 415, 460),
        },
      },
    },
    async (request, reply) => {
      const offset = parseUploadOffset(request.headers['upload-offset']);
      if (!offset.ok) throw problems.validation([offset.problem]);
      const declaredLength = request.headers['content-length'];
      const contentLength = declaredLength === undefined ? undefined : Number(declaredLength);
      const result = await uploads.append(actorOf(request), uploadId(request.params.id), {
        offset: offset.value,
        contentLength: Number.isSafeInteger(contentLength) ? contentLength : undefined,
        body: (request.body as Readable | undefined) ?? request.raw,
      });
      return reply.header('upload-offset', String(result.offset)).code(204).send();
    },
  );

  app.delete(
    '/api/v1/uploads/:id',
    {
      schema: {
        tags,
        summary: '取消上传（tus termination）；已存入的文件不能取消',
        params: idParams,
        response: { 204: noContentSchema, ...errorResponses(401, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      await uploads.terminate(actorOf(request), uploadId(request.params.id));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/uploads/:id',
    {
      // HEAD on this path is tus (above), not this view's headers.
      exposeHeadRoute: false,
      schema: {
        tags,
        summary: '上传状态与校验结果（已存入的证据文件及其 SHA-256、SM3）',
        params: idParams,
        response: { 200: uploadViewSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => uploads.view(actorOf(request), uploadId(request.params.id)),
  );
};
