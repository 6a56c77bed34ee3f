import { isPlainDate, parsePlainDate } from '../calendar/plain-date.ts';
import { endOfShanghaiDay, formatShanghai, instantMs, isBefore } from '../enforcement/instant.ts';
import { DEMOLITION_CONDITIONS } from '../profiles/national-law.ts';
import { REMEDY_STATUSES } from '../records/catalogue/service-and-execution.ts';
import type { CaseRecord } from '../records/case-record.ts';
import type { Finding } from './finding.ts';
import { recordsOfType } from './procedure/case-facts.ts';
import type { Rule } from './rule.ts';

const ID = 'demolition-unconditioned';
const PENDING: string = REMEDY_STATUSES[1];

/**
 * 行政强制法 第四十四条: 对违法的建筑物、构筑物、设施等需要强制拆除的，应当由行政机关予以
 * 公告，限期当事人自行拆除。当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，
 * 行政机关可以依法强制拆除. A compulsory execution whose method is 强制拆除 needs, before it,
 * a 强制拆除公告 whose time for the party to demolish has run out, and no review pending.
 */
export const demolitionUnconditioned: Rule = {
  id: ID,
  title: '强制拆除前未公告、未届自行拆除期限或者复议诉讼未终结',
  citations: [DEMOLITION_CONDITIONS.citation],
  check: ({ records }) =>
    recordsOfType(records, 'compulsory_execution_record')
      .filter((execution) => execution.fields.method === 'demolition')
      .flatMap((execution): Finding[] => {
        const problems = demolitionProblems(records, execution);
        return problems.map((problem) => ({
          ruleId: ID,
          severity: 'violation',
          citations: [DEMOLITION_CONDITIONS.citation],
          stage: 'service_and_execution',
          subjectId: execution.id,
          message: `${formatShanghai(execution.createdAt)} 实施强制拆除，${problem}请立即报告负责人，依法纠正。`,
        }));
      }),
};

function demolitionProblems(records: readonly CaseRecord[], execution: CaseRecord): string[] {
  const problems: string[] = [];
  const notice = recordsOfType(records, 'demolition_notice')
    .filter((record) => isBefore(record.createdAt, execution.createdAt))
    .sort((a, b) => instantMs(b.createdAt) - instantMs(a.createdAt))[0];
  if (notice === undefined) {
    problems.push('此前没有《强制拆除公告》：强制拆除应当先予公告，限期当事人自行拆除。');
  } else {
    const own = notice.fields.selfDemolitionDeadline;
    if (isPlainDate(own) && isBefore(execution.createdAt, endOfShanghaiDay(parsePlainDate(own)))) {
      problems.push(`公告限期当事人于 ${own} 前自行拆除，期限尚未届满即强制拆除。`);
    }
  }
  if (execution.fields.remedyStatus === PENDING) {
    problems.push('当事人的行政复议或者行政诉讼尚未终结，不得强制拆除。');
  }
  return problems;
}
