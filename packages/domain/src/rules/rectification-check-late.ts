import { addDays, comparePlainDates, isPlainDate, type PlainDate } from '../calendar/plain-date.ts';
import { firstWorkingDayOnOrAfter } from '../calendar/working-days.ts';
import { endOfShanghaiDay, formatShanghai, instantMs } from '../enforcement/instant.ts';
import { citeIn } from '../profiles/cite.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import type { CaseRecord } from '../records/case-record.ts';
import type { Finding } from './finding.ts';
import { recordsOfType } from './procedure/case-facts.ts';
import { citationsUnder, everyCitationIn, type SeedCitations } from './procedure/seed-citations.ts';
import { timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'rectification-check-late';

/** 依法责令改正的，应当按期对改正情况进行核查 (002 第七条(二), 003 第二十六条, 004 第十一条). */
const ON_TIME: SeedCitations = {
  '002': [citeIn('002')('第七条')],
  '003': [citeIn('003')('第二十六条')],
  '004': [citeIn('004', SEED_004_RECORDING)('第十一条')],
};
/** 004 第十一条 alone makes pictures or sound a duty ("应当采取拍照、录像、录音等"); 002 and
 *  003 say "可以根据执法需要进行音像记录". */
const ON_AV: SeedCitations = { '004': [citeIn('004', SEED_004_RECORDING)('第十一条')] };

/**
 * "按期核查": the check is made when the time to rectify runs out. We read it as no later
 * than the first working day after the last day given to the party (the last day is the
 * party's own); a check after that is late, none by then is overdue (docs/decisions.md).
 * The due date is the decision's 责令改正的期限, or the one the check itself records.
 * 000 and 001 ask for the check to be recorded without a time, so they give nothing here.
 */
export const rectificationCheckLate: Rule = {
  id: ID,
  title: '未按期核查改正情况或核查未拍照、录像、录音',
  citations: everyCitationIn(ON_TIME),
  check: ({ records, avRecords, profile, now }) => {
    const onTime = citationsUnder(profile, ON_TIME);
    if (onTime.length === 0) return [];
    const checks = recordsOfType(records, 'rectification_check');
    const checkDueAt = (dueOn: PlainDate) =>
      endOfShanghaiDay(firstWorkingDayOnOrAfter(addDays(dueOn, 1)));
    const timing = (dueOn: PlainDate, subject: CaseRecord): Finding[] => {
      const deadline = checkDueAt(dueOn);
      const check = checks
        .filter((c) => c.fields.dueOn === dueOn && isPlainDate(c.fields.checkedOn))
        .sort((a, b) => instantMs(a.createdAt) - instantMs(b.createdAt))[0];
      const checkedOn = check?.fields.checkedOn as PlainDate | undefined;
      const duty = `责令当事人于 ${dueOn} 前改正，应按期核查改正情况（${formatShanghai(deadline)} 前）`;
      return timedDutyFindings({
        ruleId: ID,
        stage: 'service_and_execution',
        citations: onTime,
        deadline,
        doneAt: checkedOn === undefined ? undefined : endOfShanghaiDay(addDays(checkedOn, -1)),
        now,
        messages: {
          late: () => `${duty}，实际于 ${checkedOn} 核查，未按期。请在核查记录中说明原因。`,
          overdue: `${duty}，至今没有改正情况核查记录。请立即核查并记录改正情况。`,
          open: `${duty}。`,
        },
      }).map((finding) => ({ ...finding, subjectId: (check ?? subject).id }));
    };
    const dueDates = new Map<PlainDate, CaseRecord>();
    for (const record of [...recordsOfType(records, 'decision_document'), ...checks]) {
      const due =
        record.type === 'decision_document'
          ? record.fields.rectificationDueOn
          : record.fields.dueOn;
      if (isPlainDate(due) && !dueDates.has(due)) dueDates.set(due, record);
    }
    const late = [...dueDates]
      .sort(([a], [b]) => comparePlainDates(a, b))
      .flatMap(([due, subject]) => timing(due, subject));
    const avCitations = citationsUnder(profile, ON_AV);
    const unpictured: Finding[] =
      avCitations.length === 0
        ? []
        : checks
            .filter((check) => !avRecords.some((av) => av.recordId === check.id))
            .map((check) => ({
              ruleId: ID,
              severity: 'missing',
              citations: avCitations,
              stage: 'service_and_execution',
              subjectId: check.id,
              message: `${formatShanghai(check.createdAt)} 的改正情况核查记录没有关联的照片、录像或录音。按期改正核查情况应当采取拍照、录像、录音等适当方式予以记录，请上传并关联到该核查记录。`,
            }));
    return [...late, ...unpictured];
  },
};
