import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { contentDisposition, fileBody, sendStoredBytes } from '../evidence/serve-stored-bytes.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import type { DeliveriesService } from './deliveries.service.ts';
import type { DeliveryListing } from './deliveries.repository.ts';

const text = (missing: string, max: number, label: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${label}最多 ${max} 个字`)
    .refine((value) => !/\p{Cc}/u.test(value), `${label}不能含换行或其他控制字符`);

const deliverySchema = z
  .object({
    id: z.uuid(),
    documentId: z.uuid(),
    recipientName: z.string(),
    address: z.string(),
    consent: z.string(),
    sentAt: z.iso.datetime(),
    sentByName: z.string(),
    expiresAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable().describe('受送达人首次打开的时间；未打开为 null'),
  })
  .meta({ id: 'ElectronicDelivery' });

function deliveryView({ delivery, sentByName, receipt }: DeliveryListing) {
  return {
    id: delivery.id,
    documentId: delivery.documentId,
    recipientName: delivery.recipientName,
    address: delivery.address,
    consent: delivery.consent,
    sentAt: delivery.sentAt.toISOString(),
    sentByName,
    expiresAt: delivery.expiresAt.toISOString(),
    deliveredAt: receipt?.deliveredAt.toISOString() ?? null,
  };
}

const tokenParams = z.strictObject({ token: z.string().min(10).max(100) });

/** 电子送达: sending an issued document as a link, its receipt, and the party's side. */
export const deliveriesRoutes: FastifyPluginAsyncZod<{ deliveries: DeliveriesService }> = async (
  app,
  { deliveries },
) => {
  const tags = ['documents'];

  app.post(
    '/api/v1/documents/:id/deliveries',
    {
      schema: {
        tags,
        summary: '电子送达：生成文书查阅链接，发送到当事人确认的地址（链接只显示这一次）',
        params: idParamsSchema,
        body: z.strictObject({
          recipientName: text('请填写受送达人', 100, '受送达人'),
          address: text('请填写送达地址（手机号码、电子邮箱等）', 200, '送达地址'),
          consent: text(
            '请写明当事人同意电子送达的情况（如签署送达地址确认书的时间）',
            300,
            '同意电子送达的情况',
          ),
        }),
        response: {
          201: z.object({ delivery: deliverySchema, link: z.string() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const sent = await deliveries.send(actorOf(request), request.params.id, request.body);
      return reply.code(201).send({ delivery: deliveryView(sent.listing), link: sent.link });
    },
  );

  app.get(
    '/api/v1/documents/:id/deliveries',
    {
      schema: {
        tags,
        summary: '文书的电子送达记录',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(deliverySchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: (await deliveries.list(actorOf(request), request.params.id)).map(deliveryView),
    }),
  );

  app.get(
    '/api/v1/deliveries/:id/receipt',
    {
      schema: {
        tags,
        summary: '电子送达回执（PDF）',
        params: idParamsSchema,
        response: {
          200: z.instanceof(Buffer).describe('PDF'),
          ...errorResponses(400, 401, 403, 404, 409, 503),
        },
      },
    },
    async (request, reply) => {
      const receipt = await deliveries.receipt(actorOf(request), request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          contentDisposition({ kind: 'inline', name: receipt.fileName, fallbackStem: 'receipt' }),
        )
        .send(Buffer.from(receipt.bytes));
    },
  );

  app.get(
    '/api/v1/public/deliveries/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '受送达人：查看送达的是哪份文书（无需登录）',
        params: tokenParams,
        response: {
          200: z.object({
            title: z.string(),
            number: z.string(),
            agencyName: z.string(),
            sentAt: z.iso.datetime(),
            expiresAt: z.iso.datetime(),
            deliveredAt: z.iso.datetime().nullable(),
            voided: z.boolean(),
            verificationCode: z.string(),
          }),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => deliveries.publicView(request.params.token),
  );

  app.get(
    '/api/v1/public/deliveries/:token/pdf',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '受送达人：打开文书 PDF（首次打开即为送达，无需登录）',
        params: tokenParams,
        response: { 200: fileBody, 206: fileBody, ...errorResponses(400, 404, 410, 416) },
      },
    },
    async (request, reply) =>
      sendStoredBytes(
        reply,
        request.headers.range,
        await deliveries.open(request.params.token, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        }),
      ),
  );
};
