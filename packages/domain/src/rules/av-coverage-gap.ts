import type { SeedId } from '../citation/citation.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import { actSpanOf } from '../records/catalogue/act-span.ts';
import { recordTypeSpec } from '../records/catalogue/index.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { situationsOf } from '../records/record-situations.ts';
import { citationText } from './av/citations.ts';
import { COVERAGE_DUTIES } from './av/coverage-duties.ts';
import { coverageGaps, interruptionCovering, recordsContinuously } from './av/coverage.ts';
import { formatElapsed } from './av/elapsed.ts';
import { describeRecord } from './av/record-types.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-coverage-gap';

/**
 * 全程不间断记录: the recordings of an act must run from the act's start (as its record
 * states it) to its end; a stretch no recording covers is a finding unless an interruption
 * registered on one of them accounts for it. Checked only where the agency's own
 * regulation asks for it (./av/coverage-duties.ts), only for acts that were recorded on AV
 * (whether they had to be is `mandatory-av-missing`'s concern) and only when the record
 * states when the act began and ended.
 */
function findingFor(record: CaseRecord, context: RuleContext): Finding | undefined {
  // A profile without a seed (the national baseline) has no such duty of its own.
  const seed: SeedId | undefined = context.profile.seed;
  const duty = seed === undefined ? undefined : COVERAGE_DUTIES[seed];
  if (duty === undefined) return undefined;
  const span = actSpanOf(record);
  if (span === undefined) return undefined;
  if (duty.onlySituations !== undefined) {
    const situations = situationsOf(record, context.enforcementCase);
    if (!duty.onlySituations.some((s) => situations.includes(s))) return undefined;
  }
  const recordings = context.avRecords.filter(
    (av) => av.recordId === record.id && recordsContinuously(av),
  );
  if (recordings.length === 0) return undefined;
  const unexplained = coverageGaps(span, recordings).filter(
    (gap) => interruptionCovering(gap, recordings) === undefined,
  );
  if (unexplained.length === 0) return undefined;
  const gaps = unexplained
    .map(
      (gap) =>
        `${formatShanghai(gap.from)} 至 ${formatShanghai(gap.until)}（${formatElapsed(gap.from, gap.until)}）`,
    )
    .join('、');
  return {
    ruleId: RULE_ID,
    severity: 'missing',
    citations: [duty.citation],
    message:
      `${describeRecord(record)}记载执法活动自 ${formatShanghai(span.start)} 至 ${formatShanghai(span.end)}，` +
      `关联的音像记录未覆盖以下时段：${gaps}，也没有登记相应的中断及原因说明。` +
      `执法活动应当全程不间断记录；请上传该时段的音像记录，或在音像记录中登记中断情况并说明原因。` +
      `依据：${citationText(duty.citation)}。`,
    stage: recordTypeSpec(record.type).stage,
    subjectId: record.id,
  };
}

export const avCoverageGapRule: Rule = {
  id: RULE_ID,
  title: '执法活动未全程不间断音像记录',
  citations: Object.values(COVERAGE_DUTIES).map((duty) => duty.citation),
  check(context) {
    return context.records
      .map((record) => findingFor(record, context))
      .filter((finding) => finding !== undefined);
  },
};
