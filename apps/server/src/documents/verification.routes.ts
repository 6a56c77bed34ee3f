import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../http/common-schemas.ts';
import { fileComparisonSchema, publicDocumentSchema } from './document-views.ts';
import type { VerificationService } from './verification.service.ts';

/** The largest PDF anyone may upload to compare: a long 决定书 with scans is a few MB. */
export const VERIFY_UPLOAD_LIMIT_BYTES = 30 * 1024 * 1024;

const codeParams = z.strictObject({
  code: z.string().min(1).max(40).describe('核验码，大小写及连字符均可'),
});
const pdfBody = z.instanceof(Buffer).describe('PDF 文件（application/pdf）');

/** Public, without login: what a QR code on an issued document leads to. */
export const verificationRoutes: FastifyPluginAsyncZod<{
  verification: VerificationService;
}> = async (app, { verification }) => {
  const tags = ['verification'];
  app.addContentTypeParser(
    'application/pdf',
    { parseAs: 'buffer', bodyLimit: VERIFY_UPLOAD_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/v1/public/documents/:code',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '公开核验：按核验码查询文书是否由本系统签发（无需登录）',
        params: codeParams,
        response: { 200: publicDocumentSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => verification.lookup(request.params.code),
  );

  app.post(
    '/api/v1/public/documents/:code/compare',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '公开核验：上传 PDF，比对是否与签发存档的文件一致（无需登录）',
        params: codeParams,
        body: pdfBody,
        response: { 200: fileComparisonSchema, ...errorResponses(400, 404, 413, 415) },
      },
    },
    async (request) => verification.compare(request.params.code, request.body),
  );

  app.post(
    '/api/v1/public/documents/identify',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '公开核验：没有核验码时，上传 PDF 查找与之逐字节一致的已签发文书（无需登录）',
        body: pdfBody,
        response: { 200: fileComparisonSchema, ...errorResponses(400, 413, 415) },
      },
    },
    async (request) => verification.identify(request.body),
  );
};
