import { REGIONAL_LAYER_IDS } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import { errorResponses, idParamsSchema } from '../http/common-schemas.ts';
import { MAX_NOTICE_LENGTH, type CalendarService } from './calendar.service.ts';

const arrangementSchema = z.object({
  festival: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  workdays: z.array(z.string()).describe('调休上班的周末日期'),
});

const holidayYearSchema = z
  .object({
    year: z.number().int(),
    notice: z.string(),
    documentNumber: z.string(),
    arrangements: z.array(arrangementSchema),
    source: z.enum(['built_in', 'entered']).describe('built_in：系统内置；entered：管理员录入'),
    enteredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'HolidayYear' });

const previewArrangementSchema = arrangementSchema.extend({
  daysOffList: z.array(z.string()).describe('逐日列出的放假日期'),
});

const previewSchema = z
  .object({
    year: z.number().int(),
    notice: z.string(),
    documentNumber: z.string(),
    arrangements: z.array(previewArrangementSchema),
    existing: z
      .enum(['built_in', 'entered'])
      .nullable()
      .describe('该年度是否已有安排（有则不能保存）'),
  })
  .meta({ id: 'HolidayNoticePreview' });

const enteredSchema = z
  .object({
    year: z.number().int(),
    notice: z.string(),
    documentNumber: z.string(),
    arrangements: z.array(previewArrangementSchema),
    enteredAt: z.iso.datetime(),
    findingsRefreshed: z.number().int().describe('随后重新计算了提示的案件和文件数'),
  })
  .meta({ id: 'HolidayYearEntered' });

const noticeBody = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, '请粘贴通知全文')
    .max(MAX_NOTICE_LENGTH, `通知全文不超过 ${MAX_NOTICE_LENGTH} 字`)
    .describe('国务院办公厅关于YYYY年部分节假日安排的通知（全文）'),
});

const layerSchema = z
  .object({
    id: z.enum(REGIONAL_LAYER_IDS),
    name: z.string(),
    description: z.string(),
    years: z.array(
      z.object({
        year: z.number().int(),
        source: z.string(),
        verified: z.boolean().describe('false：未核对地方政府通知原文'),
        daysOff: z.array(
          z.object({ festival: z.string(), from: z.string(), to: z.string(), days: z.number() }),
        ),
      }),
    ),
  })
  .meta({ id: 'RegionalHolidayLayer' });

const agencyLayersSchema = z
  .object({ layers: z.array(z.enum(REGIONAL_LAYER_IDS)) })
  .meta({ id: 'AgencyHolidayLayers' });

/**
 * 系统管理 → 节假日: the national years (built in and entered), entering a year from the
 * State Council notice (preview, then save; ledgered; refused for a year already known),
 * and the regional layers an agency counts with.
 */
export const holidayAdminRoutes: FastifyPluginAsyncZod<{ calendar: CalendarService }> = async (
  app,
  { calendar },
) => {
  const tags = ['calendar'];

  app.get(
    '/api/v1/calendar/years',
    {
      schema: {
        tags,
        summary: '已有的年度法定节假日安排（内置和录入）',
        response: { 200: z.array(holidayYearSchema), ...errorResponses(401) },
      },
    },
    async () => calendar.listYears(),
  );

  app.post(
    '/api/v1/calendar/years/preview',
    {
      schema: {
        tags,
        summary: '预览：解析国务院办公厅节假日安排通知（不保存）',
        body: noticeBody,
        response: { 200: previewSchema, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request) => calendar.preview(actorOf(request), request.body.text),
  );

  app.post(
    '/api/v1/calendar/years',
    {
      schema: {
        tags,
        summary: '录入年度法定节假日安排（国务院办公厅通知全文）',
        body: noticeBody,
        response: { 201: enteredSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await calendar.enter(actorOf(request), request.body.text)),
  );

  app.get(
    '/api/v1/calendar/regional-layers',
    {
      schema: {
        tags,
        summary: '可选的地方节假日',
        response: { 200: z.array(layerSchema), ...errorResponses(401) },
      },
    },
    async () => calendar.listLayers(),
  );

  app.get(
    '/api/v1/agencies/:id/holiday-layers',
    {
      schema: {
        tags,
        summary: '本机关适用的地方节假日',
        params: idParamsSchema,
        response: { 200: agencyLayersSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({
      layers: await calendar.agencyLayers(actorOf(request), request.params.id),
    }),
  );

  app.put(
    '/api/v1/agencies/:id/holiday-layers',
    {
      schema: {
        tags,
        summary: '设置本机关适用的地方节假日',
        params: idParamsSchema,
        body: z.strictObject({ layers: z.array(z.enum(REGIONAL_LAYER_IDS)).max(10) }),
        response: { 200: agencyLayersSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      layers: await calendar.setAgencyLayers(
        actorOf(request),
        request.params.id,
        request.body.layers,
      ),
    }),
  );
};
