import { formatShanghai } from '../enforcement/instant.ts';
import { NATIONAL_PERIODS } from '../profiles/national-law.ts';
import { deadlineFrom } from './deadline.ts';
import { earliestRecordFrom, recordsOfType } from './procedure/case-facts.ts';
import { timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'preservation-unhandled';
const PERIOD = NATIONAL_PERIODS.preservationHandling;

/**
 * 行政处罚法 第五十六条: 先行登记保存的，应当在七日内及时作出处理决定; the seven days are
 * working days (第八十五条). Counted from the 先行登记保存 record to the first handling
 * decision made after it. National law: binds every agency.
 */
export const preservationUnhandled: Rule = {
  id: ID,
  title: '先行登记保存证据后未在七个工作日内作出处理决定',
  citations: PERIOD.citations,
  check: ({ records, now }) =>
    recordsOfType(records, 'advance_preservation').flatMap((preserved) => {
      const deadline = deadlineFrom(preserved.createdAt, PERIOD.value);
      const duty = `${formatShanghai(preserved.createdAt)} 先行登记保存证据，应在 7 个工作日内（${formatShanghai(deadline)} 前）作出处理决定`;
      return timedDutyFindings({
        ruleId: ID,
        stage: 'investigation',
        citations: PERIOD.citations,
        deadline,
        doneAt: earliestRecordFrom(records, 'preservation_handling', preserved.createdAt)
          ?.createdAt,
        now,
        messages: {
          late: (at) => `${duty}，实际于 ${formatShanghai(at)} 作出，已超期。请在案卷中说明原因。`,
          overdue: `${duty}，至今没有《先行登记保存证据处理决定书》，已超期。请立即作出处理决定（返还、没收、移送等）并归入案卷。`,
          open: `${duty}。`,
        },
      }).map((finding) => ({ ...finding, subjectId: preserved.id }));
    }),
};
