import { formatShanghai, isBefore, isInstant } from '../enforcement/instant.ts';
import { NATIONAL_PERIODS } from '../profiles/national-law.ts';
import { deadlineFrom } from './deadline.ts';
import type { Finding } from './finding.ts';
import { recordsOfType } from './procedure/case-facts.ts';
import type { Rule } from './rule.ts';

const ID = 'hearing-notice-late';
const NOTICE = NATIONAL_PERIODS.hearingNotice;

/**
 * 行政处罚法 第六十四条(二): 行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、
 * 地点; seven working days (第八十五条). Read as a period that must have run out in full
 * before the hearing: notified on day D, the hearing may be held from the day after the
 * seventh working day after D. (第六十四条(一), the party's five days to ask for a hearing,
 * binds the party, not the agency; the notice records when the party asked.)
 */
export const hearingNoticeLate: Rule = {
  id: ID,
  title: '未在举行听证七个工作日前通知当事人',
  citations: NOTICE.citations,
  check: ({ records }) =>
    recordsOfType(records, 'hearing_notice').flatMap((notice): Finding[] => {
      const { notifiedAt, scheduledAt } = notice.fields;
      if (!isInstant(notifiedAt) || !isInstant(scheduledAt)) return [];
      const earliest = deadlineFrom(notifiedAt, NOTICE.value);
      if (!isBefore(scheduledAt, earliest)) return [];
      return [
        {
          ruleId: ID,
          severity: 'violation',
          citations: NOTICE.citations,
          stage: 'investigation',
          subjectId: notice.id,
          message: `${formatShanghai(notifiedAt)} 通知听证，听证定于 ${formatShanghai(scheduledAt)}，不足 7 个工作日（最早 ${formatShanghai(earliest)} 起）。请重新确定听证时间并通知当事人，当事人同意提前的，请在听证笔录中记明。`,
        },
      ];
    }),
};
