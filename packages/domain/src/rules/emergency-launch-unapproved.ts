import { deadlineFrom, formatDueBy } from './deadline.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import { timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'emergency-launch-unapproved';

/**
 * 情况紧急的，可先启动行政执法程序，并在启动后 24 小时内补办审批手续 (003 第十条). Only
 * 003 allows launching first, so only a profile with the period judges the approval; the
 * others have nothing to count from.
 */
export const emergencyLaunchUnapproved: Rule = {
  id: ID,
  title: '紧急启动执法程序后未按期补办审批手续',
  citations: [{ seed: '003', article: '第十条' }],
  check: ({ profile, events, now }) => {
    const period = profile.emergencyLaunchApprovalDeadline;
    const launched = events.find((event) => event.type === 'launched' && event.emergency);
    if (period === undefined || launched === undefined) return [];
    const deadline = deadlineFrom(launched.at, period.value);
    const duty = `执法程序于 ${formatShanghai(launched.at)} 紧急启动，应在 ${formatDuration(period.value)}内（${formatDueBy(deadline)}）补办程序启动审批手续`;
    return timedDutyFindings({
      ruleId: ID,
      stage: 'launch',
      citations: [period.citation],
      deadline,
      doneAt: firstEvent(events, 'launch_approved')?.at,
      now,
      messages: {
        late: (at) =>
          `${duty}，审批于 ${formatShanghai(at)} 才完成，已逾期。请在程序启动审批表中写明逾期原因。`,
        overdue: `${duty}，至今未经审批，已逾期。请立即报负责人审批并写明逾期原因。`,
        open: `${duty}。请填写程序启动审批表并报负责人审批。`,
      },
    });
  },
};
