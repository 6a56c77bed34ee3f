import { deadlineFrom, formatDueBy } from './deadline.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import { timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

/**
 * 立卷归档 within the profile's period after the act ends (001 第十条: 20 日; 002 第八条(一)
 * and 003 第二十九条: 30 日). 000 and 004 set no period and national law has none, so
 * under them the rule is silent.
 */
export const archivedLate: Rule = {
  id: 'archived-late',
  title: '行政执法行为终结后未按期立卷归档',
  citations: [
    { seed: '001', article: '第十条' },
    { seed: '002', article: '第八条' },
    { seed: '003', article: '第二十九条' },
  ],
  check: ({ profile, events, now }) => {
    const period = profile.archivingDeadline;
    const concluded = firstEvent(events, 'concluded');
    if (period === undefined || concluded === undefined) return [];
    const deadline = deadlineFrom(concluded.at, period.value);
    const duty = `行政执法行为于 ${formatShanghai(concluded.at)} 终结，应在 ${formatDuration(period.value)}内（${formatDueBy(deadline)}）将文字和音像记录立卷归档`;
    return timedDutyFindings({
      ruleId: 'archived-late',
      stage: 'archiving',
      citations: [period.citation],
      deadline,
      doneAt: firstEvent(events, 'archived')?.at,
      now,
      messages: {
        late: (at) =>
          `${duty}，实际于 ${formatShanghai(at)} 归档，已逾期。请在案卷中写明逾期原因。`,
        overdue: `${duty}，至今未归档，已逾期。请立即立卷归档并写明逾期原因。`,
        open: `${duty}。请按期整理案卷并移交归档。`,
      },
    });
  },
};
