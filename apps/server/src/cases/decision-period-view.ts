import { SUSPENSION_CAUSES, type DecisionPeriodStatus } from '@liuhen/domain';
import { z } from 'zod';

const changeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('extension'),
    at: z.string(),
    days: z.number().int(),
    counted: z.boolean().describe('false：晚于期限届满，不能补救超期，未计入'),
    reason: z.string(),
    approverName: z.string(),
  }),
  z.object({
    kind: z.literal('suspension'),
    at: z.string(),
    resumedAt: z.string().nullable().describe('恢复计算的时间；仍在中止中为 null'),
    days: z.number().int().describe('不计入期限的日数（仍在中止中的，计至今日）'),
    counted: z.boolean(),
    cause: z.enum(SUSPENSION_CAUSES),
    reason: z.string(),
  }),
]);

/** 行政处罚法 第六十条: where the case's decision period stands, as decision-overdue counts it. */
export const decisionPeriodSchema = z
  .object({
    filedAt: z.string(),
    period: z.string().describe('法定（或本机关更严）的期限，如“90 日”'),
    deadline: z.string().describe('现行期限：此时刻起即为超期（含延长和中止）'),
    provisionalYears: z
      .array(z.number().int())
      .describe('暂定：这些年份的节假日安排尚未录入，期限为最早可能届满的时间'),
    decidedAt: z.string().nullable(),
    suspendedSince: z.string().nullable().describe('中止计算中：自此时起；期限按今日恢复计算显示'),
    changes: z.array(changeSchema),
  })
  .meta({ id: 'DecisionPeriod' });

export function decisionPeriodView(status: DecisionPeriodStatus | undefined) {
  if (status === undefined) return null;
  return {
    filedAt: status.filedAt,
    period: status.period,
    deadline: status.deadline,
    provisionalYears: [...status.provisionalYears],
    decidedAt: status.decidedAt ?? null,
    suspendedSince: status.suspendedSince ?? null,
    changes: status.changes.map((change) =>
      change.kind === 'extension'
        ? { ...change }
        : { ...change, resumedAt: change.resumedAt ?? null },
    ),
  };
}
