import { formatShanghai, isInstant, type Instant } from '../enforcement/instant.ts';
import { NATIONAL_PERIODS } from '../profiles/national-law.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { deadlineFrom } from './deadline.ts';
import type { Finding } from './finding.ts';
import { earliestRecordFrom, recordsOfType } from './procedure/case-facts.ts';
import { timedDutyFindings } from './procedure/timing.ts';
import type { Rule } from './rule.ts';

const ID = 'fine-handover-late';
const PERIOD = NATIONAL_PERIODS.fineHandIn;
const instantOr = (value: unknown, fallback: Instant): Instant =>
  isInstant(value) ? value : fallback;

/**
 * 行政处罚法 第七十一条: 执法人员当场收缴的罚款，应当自收缴罚款之日起二日内，交至行政机关；
 * 在水上当场收缴的罚款，应当自抵岸之日起二日内交至行政机关；行政机关应当在二日内将罚款缴付
 * 指定的银行. Two working days each (第八十五条). A fine is known to be collected on the spot
 * from its 当场收缴罚款交纳记录, or from a 简易程序记录 that records a collection
 * (`onSpotFine`) while no such record exists yet.
 */
export const fineHandoverLate: Rule = {
  id: ID,
  title: '当场收缴的罚款未在二日内交至行政机关或缴付指定银行',
  citations: PERIOD.citations,
  check: ({ records, now }) => {
    const base = {
      ruleId: ID,
      stage: 'service_and_execution',
      citations: PERIOD.citations,
    } as const;
    const handovers = recordsOfType(records, 'fine_handover_record');
    const handover = (record: CaseRecord): Finding[] => {
      const collected = instantOr(record.fields.collectedAt, record.createdAt);
      const start = instantOr(record.fields.landedAt, collected);
      const handedIn = instantOr(record.fields.handedInAt, record.createdAt);
      const toAgency = deadlineFrom(start, PERIOD.value);
      const toBank = deadlineFrom(handedIn, PERIOD.value);
      const from = isInstant(record.fields.landedAt) ? '抵岸' : '收缴';
      const late: Finding[] = timedDutyFindings({
        ...base,
        deadline: toAgency,
        doneAt: handedIn,
        now,
        messages: {
          late: (at) =>
            `当场收缴的罚款应自${from}之日起 2 个工作日内（${formatShanghai(toAgency)} 前）交至行政机关，实际于 ${formatShanghai(at)} 交纳，已超期。请在案卷中说明原因。`,
          overdue: '',
          open: '',
        },
      });
      const paid = record.fields.paidToBankAt;
      const bankDuty = `罚款于 ${formatShanghai(handedIn)} 交至行政机关，行政机关应在 2 个工作日内（${formatShanghai(toBank)} 前）缴付指定的银行`;
      const bank = timedDutyFindings({
        ...base,
        deadline: toBank,
        doneAt: isInstant(paid) ? paid : undefined,
        now,
        messages: {
          late: (at) => `${bankDuty}，实际于 ${formatShanghai(at)} 缴付，已超期。`,
          overdue: `${bankDuty}，本记录没有缴付银行的时间，已超期。已缴付的，请更正本记录补记缴付时间。`,
          open: `${bankDuty}；缴付后请更正本记录补记缴付时间。`,
        },
      });
      return [...late, ...bank].map((finding) => ({ ...finding, subjectId: record.id }));
    };
    const unrecorded = recordsOfType(records, 'simplified_procedure_record')
      .filter((record) => typeof record.fields.onSpotFine === 'string')
      .filter((record) => (record.fields.onSpotFine as string).trim() !== '')
      .filter(
        (record) =>
          earliestRecordFrom(handovers, 'fine_handover_record', record.createdAt) === undefined,
      )
      .flatMap((record) => {
        const deadline = deadlineFrom(record.createdAt, PERIOD.value);
        const duty = `${formatShanghai(record.createdAt)} 的简易程序记录载有当场收缴罚款，应在 2 个工作日内（${formatShanghai(deadline)} 前）交至行政机关`;
        return timedDutyFindings({
          ...base,
          deadline,
          doneAt: undefined,
          now,
          messages: {
            late: () => '',
            overdue: `${duty}，案卷中没有《当场收缴罚款交纳记录》。请核实罚款去向并补记交纳情况。`,
            open: `${duty}；交纳后请制作《当场收缴罚款交纳记录》。`,
          },
        }).map((finding) => ({ ...finding, subjectId: record.id }));
      });
    return [...handovers.flatMap(handover), ...unrecorded];
  },
};
