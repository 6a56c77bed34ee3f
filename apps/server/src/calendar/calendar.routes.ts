import {
  CalendarCoverageError,
  daysBetween,
  describeWorkingDay,
  isPlainDate,
  parsePlainDate,
} from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/request-context.ts';
import type { Db } from '../db/database.ts';
import { errorResponses } from '../http/common-schemas.ts';
import { agencyCalendar, nationalCalendar } from './agency-calendar.ts';
import { Problem, problems, type InvalidParam } from '../http/problem.ts';

const MAX_ADD = 366;

const plainDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isPlainDate, '不是有效的日期');

const querySchema = z.strictObject({
  date: plainDate.optional().describe('查询这一天是否为工作日（北京时间的日期，YYYY-MM-DD）'),
  from: plainDate.optional().describe('起算日（不计入期间），与 add 一起使用'),
  add: z
    .string()
    .regex(/^\d{1,3}$/, `应为 0 到 ${MAX_ADD} 的整数`)
    .pipe(z.coerce.number<string>().int().min(0).max(MAX_ADD))
    .optional()
    .describe(`工作日数 N（0–${MAX_ADD}）：求 from 之后第 N 个工作日`),
});

const dayAnswerSchema = z
  .object({
    date: z.string(),
    working: z.boolean(),
    reason: z.enum(['weekday', 'weekend', 'holiday', 'adjusted_workday']),
    festival: z.string().optional(),
    reasonText: z.string().describe('工作日 · 周末 · 春节假期 · 调休上班（春节）'),
  })
  .meta({ id: 'WorkingDayStatus' });

const addAnswerSchema = z
  .object({
    from: z.string(),
    add: z.number().int(),
    result: z.string().describe('from 之后第 add 个工作日（起算日不计入）'),
    calendarDays: z.number().int().describe('from 到 result 的自然日数'),
  })
  .meta({ id: 'WorkingDaysAdded' });

function coverageProblem(error: CalendarCoverageError): Problem {
  return problems.unprocessable('calendar-year-not-covered', '节假日安排尚未录入', error.detail, {
    year: error.year,
    coveredYears: error.coveredYears,
  });
}

/**
 * The working-day calendar (工作日): official holidays and 调休上班 from the State Council
 * notices (built into packages/domain, or entered by an administrator), plus the regional
 * days off the asker's agency chose. Either `?date=` (is it a working day, and why) or
 * `?from=&add=N` (the N-th working day after `from`). Any signed-in user may ask.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/calendar/working-days',
    {
      schema: {
        tags: ['calendar'],
        summary: '工作日：某日是否为工作日，或起算日之后第 N 个工作日',
        querystring: querySchema,
        response: {
          200: z.union([dayAnswerSchema, addAnswerSchema]),
          ...errorResponses(400, 401, 422),
        },
      },
    },
    async (request) => {
      const { date, from, add } = request.query;
      const invalid: InvalidParam[] = [];
      if (date !== undefined) {
        const extra = [from === undefined ? [] : ['from'], add === undefined ? [] : ['add']].flat();
        for (const name of extra) {
          invalid.push({ name: `querystring.${name}`, reason: '不能与 date 同时使用' });
        }
      } else if (from === undefined && add === undefined) {
        invalid.push(
          { name: 'querystring.date', reason: '请提供 date，或同时提供 from 和 add' },
          { name: 'querystring.from', reason: '请提供 date，或同时提供 from 和 add' },
          { name: 'querystring.add', reason: '请提供 date，或同时提供 from 和 add' },
        );
      } else if (from === undefined) {
        invalid.push({ name: 'querystring.from', reason: '与 add 一起使用时必填' });
      } else if (add === undefined) {
        invalid.push({ name: 'querystring.add', reason: '与 from 一起使用时必填' });
      }
      if (invalid.length > 0) throw problems.validation(invalid);

      const actor = actorOf(request);
      const calendar =
        actor.agencyId === null
          ? await nationalCalendar(db)
          : await agencyCalendar(db, actor.agencyId);
      try {
        if (date !== undefined) {
          const status = calendar.isWorkingDay(parsePlainDate(date));
          return {
            date: status.date,
            working: status.working,
            reason: status.reason,
            ...(status.festival === undefined ? {} : { festival: status.festival }),
            reasonText: describeWorkingDay(status),
          };
        }
        const start = parsePlainDate(from!);
        const result = calendar.addWorkingDays(start, add!);
        return { from: start, add: add!, result, calendarDays: daysBetween(start, result) };
      } catch (error) {
        if (error instanceof CalendarCoverageError) throw coverageProblem(error);
        throw error;
      }
    },
  );
};
