import { formatDueBy } from './deadline.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import { formatShanghai, type Instant } from '../enforcement/instant.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import { effectiveValue } from '../profiles/effective-policy.ts';
import { NATIONAL_LAW } from '../profiles/national-law.ts';
import type { CaseRecord } from '../records/case-record.ts';
import type { Finding } from './finding.ts';
import { earliestRecordFrom } from './procedure/case-facts.ts';
import { PENALTY_LAW } from './procedure/law.ts';
import { effectiveDeadlineFrom, timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'service-overdue';

/**
 * 行政处罚法 第六十一条: the decision is handed over on announcement, or served within 7
 * days (working days, 第八十五条) when the party was absent; a proof of service made at or
 * after the decision shows it. No seed sets a period, and the law's applies to penalty
 * decisions only.
 *
 * A simplified-procedure decision is made on the spot and handed over there (第五十二条),
 * so no period runs: the file must show the hand-over instead — the party's signature on
 * the decision document, or the note of their refusal to sign, or a proof of service.
 */
export const serviceOverdue: Rule = {
  id: ID,
  title: '行政处罚决定书未按期送达',
  citations: [...NATIONAL_LAW.decisionServiceDeadline.citations, PENALTY_LAW.onTheSpotHandover],
  check: ({ enforcementCase, profile, events, records, now }) => {
    const decision = firstEvent(events, 'decision_made');
    if (enforcementCase.actType !== 'penalty' || decision === undefined) return [];
    if (enforcementCase.procedure === 'simplified')
      return handedOverOnTheSpot(records, decision.at);
    const effective = effectiveValue(profile, 'decisionService');
    const deadline = effectiveDeadlineFrom(decision.at, effective);
    const duty = `行政处罚决定于 ${formatShanghai(decision.at)} 作出，当事人不在场的，应在 ${formatDuration(effective.value)}内（${formatDueBy(deadline)}）送达并取得送达回证`;
    return timedDutyFindings({
      ruleId: ID,
      stage: 'service_and_execution',
      citations: effective.citations,
      deadline,
      doneAt: earliestRecordFrom(records, 'proof_of_service', decision.at)?.createdAt,
      now,
      messages: {
        late: (at) =>
          `${duty}，送达回证的时间为 ${formatShanghai(at)}，已逾期。请在案卷中写明逾期原因。`,
        overdue: `${duty}，至今没有送达回证，已逾期。请立即依法送达，并将送达回证归入案卷。`,
        open: `${duty}。请依法送达，并将送达回证归入案卷。`,
      },
    });
  },
};

function handedOverOnTheSpot(records: readonly CaseRecord[], decidedAt: Instant): Finding[] {
  const signedDecision = records.some(
    (record) => record.type === 'decision_document' && record.signature !== undefined,
  );
  if (signedDecision || earliestRecordFrom(records, 'proof_of_service', decidedAt) !== undefined)
    return [];
  return [
    {
      ruleId: ID,
      severity: 'missing',
      citations: [PENALTY_LAW.onTheSpotHandover],
      message: `适用简易程序于 ${formatShanghai(decidedAt)} 当场作出的行政处罚决定书应当场交付当事人，案卷中没有交付的记录。请登记当事人在决定书上的签收；当事人拒绝签收的，登记决定书上注明的拒收情况。`,
      stage: 'service_and_execution',
    },
  ];
}
