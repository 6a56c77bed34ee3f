import { addHours, formatShanghai, isInstant } from '../enforcement/instant.ts';
import { NATIONAL_PERIODS } from '../profiles/national-law.ts';
import { earliestRecordFrom, recordsOfType } from './procedure/case-facts.ts';
import { timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'emergency-measure-unreported';
const PERIOD = NATIONAL_PERIODS.emergencyMeasureReport;

/**
 * 行政强制法 第十九条: 情况紧急，需要当场实施行政强制措施的，行政执法人员应当在二十四小时内
 * 向行政机关负责人报告，并补办批准手续. A 行政强制措施决定书 marked 情况紧急当场实施 needs a
 * report to the head (its `reportedAt`) within 24 hours of the measure; the measure's time is
 * the decision's time of making.
 */
export const emergencyMeasureUnreported: Rule = {
  id: ID,
  title: '情况紧急当场实施行政强制措施后未在二十四小时内报告负责人并补办批准',
  citations: PERIOD.citations,
  check: ({ records, now }) =>
    recordsOfType(records, 'coercive_measure_decision')
      .filter((measure) => measure.fields.onTheSpotInEmergency === true)
      .flatMap((measure) => {
        const deadline = addHours(measure.createdAt, PERIOD.value.amount);
        const report = earliestRecordFrom(records, 'emergency_measure_report', measure.createdAt);
        const reportedAt = report?.fields.reportedAt;
        const duty = `${formatShanghai(measure.createdAt)} 情况紧急当场实施行政强制措施，应在 24 小时内（${formatShanghai(deadline)} 前）向行政机关负责人报告并补办批准手续`;
        return timedDutyFindings({
          ruleId: ID,
          stage: 'investigation',
          citations: PERIOD.citations,
          deadline,
          doneAt:
            report === undefined
              ? undefined
              : isInstant(reportedAt)
                ? reportedAt
                : report.createdAt,
          now,
          messages: {
            late: (at) =>
              `${duty}，实际于 ${formatShanghai(at)} 报告，已超时。请在案卷中说明原因。`,
            overdue: `${duty}，至今没有报告及补办批准的记录，已超时。请立即报告负责人；负责人认为不应当采取的，应当立即解除。`,
            open: `${duty}。`,
          },
        }).map((finding) => ({ ...finding, subjectId: measure.id }));
      }),
};
