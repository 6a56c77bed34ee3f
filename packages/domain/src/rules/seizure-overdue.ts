import { parsePlainDate, isPlainDate } from '../calendar/plain-date.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import {
  endOfShanghaiDay,
  formatShanghai,
  instantMs,
  isBefore,
  type Instant,
} from '../enforcement/instant.ts';
import { NATIONAL_PERIODS } from '../profiles/national-law.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { deadlineFrom } from './deadline.ts';
import type { Finding } from './finding.ts';
import { earliestRecordFrom, recordsOfType } from './procedure/case-facts.ts';
import { timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'seizure-overdue';
const TERM = NATIONAL_PERIODS.seizureTerm;
const SEIZURES: readonly unknown[] = ['查封场所、设施', '扣押物品或财产'];

/** The extension that counts: the first made after the seizure and before its term ran out. */
function extensionOf(records: readonly CaseRecord[], seizure: CaseRecord, term: Instant) {
  return recordsOfType(records, 'seizure_extension')
    .filter((r) => !isBefore(r.createdAt, seizure.createdAt) && isBefore(r.createdAt, term))
    .sort((a, b) => instantMs(a.createdAt) - instantMs(b.createdAt))[0];
}

/**
 * 行政强制法 第二十五条: 查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，
 * 可以延长，但是延长期限不得超过三十日; 第二十七条: within that term the agency decides
 * (没收、解除…). "三十日" are calendar days (第六十九条 makes only periods up to ten days
 * working days). A term ends with a 查封、扣押处理决定书 or the case's decision. An extension
 * counts only if made before the first thirty days ran out, and never beyond thirty more.
 * Not modelled: the days of 检测、检验、检疫或者技术鉴定 that 第二十五条 leaves out of the term.
 */
export const seizureOverdue: Rule = {
  id: ID,
  title: '查封、扣押超过法定期限未作出处理决定',
  citations: TERM.citations,
  check: ({ records, events, now }) =>
    recordsOfType(records, 'coercive_measure_decision')
      .filter((measure) => SEIZURES.includes(measure.fields.measure))
      .flatMap((seizure): Finding[] => {
        const term = deadlineFrom(seizure.createdAt, TERM.value);
        const longest = deadlineFrom(seizure.createdAt, {
          amount: TERM.value.amount + NATIONAL_PERIODS.seizureExtension.value.amount,
          unit: 'calendar_days',
        });
        const extension = extensionOf(records, seizure, term);
        const until = extension?.fields.extendedUntil;
        const extended = isPlainDate(until) ? endOfShanghaiDay(parsePlainDate(until)) : undefined;
        const tooLong = extended !== undefined && isBefore(longest, extended);
        const deadline = extended === undefined ? term : tooLong ? longest : extended;
        const handled = earliestRecordFrom(records, 'seizure_handling', seizure.createdAt);
        const decision = firstEvent(events, 'decision_made');
        const decidedAt =
          decision !== undefined && !isBefore(decision.at, seizure.createdAt)
            ? decision.at
            : undefined;
        const doneAt = [handled?.createdAt, decidedAt]
          .filter((at): at is Instant => at !== undefined)
          .sort((a, b) => instantMs(a) - instantMs(b))[0];
        const terms =
          extended === undefined
            ? `期限 30 日（${formatShanghai(term)} 前）`
            : `经负责人批准延长至 ${formatShanghai(deadline)} 前`;
        const duty = `${formatShanghai(seizure.createdAt)} 实施${String(seizure.fields.measure)}，${terms}应当作出处理决定`;
        const excess: Finding[] = tooLong
          ? [
              {
                ruleId: ID,
                severity: 'violation',
                citations: NATIONAL_PERIODS.seizureExtension.citations,
                stage: 'investigation',
                subjectId: extension!.id,
                message: `延长查封、扣押期限至 ${String(until)}，超过法定的延长不得超过三十日（最迟 ${formatShanghai(longest)} 前）。超出部分没有依据，请依法作出处理决定或者解除。`,
              },
            ]
          : [];
        return [
          ...excess,
          ...timedDutyFindings({
            ruleId: ID,
            stage: 'investigation',
            citations: TERM.citations,
            deadline,
            doneAt,
            now,
            messages: {
              late: (at) =>
                `${duty}，实际于 ${formatShanghai(at)} 作出，已超期。请在案卷中说明原因。`,
              overdue: `${duty}，至今没有处理决定，已超期。情况复杂需要延长的，须在期限届满前经行政机关负责人批准并书面告知当事人；否则应当及时作出没收、解除等处理决定。`,
              open: `${duty}。`,
            },
          }).map((finding) => ({ ...finding, subjectId: seizure.id })),
        ];
      }),
};
