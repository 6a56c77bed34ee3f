import { formatShanghai, instantMs, isBefore, isInstant } from '../enforcement/instant.ts';
import { NATIONAL_PERIODS } from '../profiles/national-law.ts';
import { deadlineFrom } from './deadline.ts';
import type { Finding } from './finding.ts';
import { recordsOfType } from './procedure/case-facts.ts';
import type { Rule } from './rule.ts';

const ID = 'court-application-premature';
const WAIT = NATIONAL_PERIODS.courtApplicationWait;

/**
 * 行政强制法 第五十四条: 催告书送达十日后当事人仍未履行义务的，行政机关可以向所在地有管辖权的
 * 人民法院申请强制执行; ten working days (第六十九条). The wait runs from the service of the
 * latest demand notice before the application (its `servedAt`, else when it was made, which
 * is the earliest it can have been served, so no false finding). An application with no
 * demand notice at all is execution-without-demand-notice's finding, not this one's.
 */
export const courtApplicationPremature: Rule = {
  id: ID,
  title: '催告书送达未满十个工作日即申请人民法院强制执行',
  citations: WAIT.citations,
  check: ({ records }) =>
    recordsOfType(records, 'court_enforcement_application').flatMap((application): Finding[] => {
      const notices = recordsOfType(records, 'demand_notice')
        .filter((notice) => isBefore(notice.createdAt, application.createdAt))
        .sort((a, b) => instantMs(b.createdAt) - instantMs(a.createdAt));
      const notice = notices[0];
      if (notice === undefined) return [];
      const servedAt = isInstant(notice.fields.servedAt)
        ? notice.fields.servedAt
        : notice.createdAt;
      const earliest = deadlineFrom(servedAt, WAIT.value);
      if (!isBefore(application.createdAt, earliest)) return [];
      return [
        {
          ruleId: ID,
          severity: 'violation',
          citations: WAIT.citations,
          stage: 'service_and_execution',
          subjectId: application.id,
          message: `催告书于 ${formatShanghai(servedAt)} 送达，须满 10 个工作日（${formatShanghai(earliest)} 起）当事人仍未履行的，才可以申请人民法院强制执行；本案于 ${formatShanghai(application.createdAt)} 申请，过早。请报告负责人，必要时撤回申请，期满后重新申请。`,
        },
      ];
    }),
};
