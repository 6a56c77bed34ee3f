import { formatDueBy } from './deadline.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import { effectiveValue } from '../profiles/effective-policy.ts';
import { NATIONAL_LAW } from '../profiles/national-law.ts';
import { effectiveDeadlineFrom, timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'decision-overdue';

/**
 * 行政处罚法 第六十条: 自立案之日起九十日内作出行政处罚决定. No seed sets its own period;
 * an agency's edited copy may, and the stricter one binds (../profiles/effective-policy.ts).
 * Only penalties are filed and decided on this clock; a simplified case is decided on the
 * spot without filing, so it has nothing to count from.
 */
export const decisionOverdue: Rule = {
  id: ID,
  title: '未在立案后法定期限内作出行政处罚决定',
  citations: NATIONAL_LAW.penaltyDecisionDeadline.citations,
  check: ({ enforcementCase, profile, events, now }) => {
    const filed = firstEvent(events, 'filed');
    if (enforcementCase.actType !== 'penalty' || filed === undefined) return [];
    const effective = effectiveValue(profile, 'penaltyDecision');
    const deadline = effectiveDeadlineFrom(filed.at, effective);
    const duty = `本案于 ${formatShanghai(filed.at)} 立案，应在 ${formatDuration(effective.value)}内（${formatDueBy(deadline)}）作出行政处罚决定`;
    return timedDutyFindings({
      ruleId: ID,
      stage: 'decision',
      citations: effective.citations,
      deadline,
      doneAt: firstEvent(events, 'decision_made')?.at,
      now,
      messages: {
        late: (at) =>
          `${duty}，实际于 ${formatShanghai(at)} 作出，已超期。请在案卷中写明超期原因及延期审批情况。${effective.explanation}`,
        overdue: `${duty}，至今未作出决定，已超期。请尽快审查决定，并写明超期原因及延期审批情况。${effective.explanation}`,
        open: `${duty}。${effective.explanation}`,
      },
    });
  },
};
