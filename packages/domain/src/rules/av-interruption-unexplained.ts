import { addHours, formatShanghai, isBefore } from '../enforcement/instant.ts';
import { formatElapsed } from './av/elapsed.ts';
import type { AvRecord, RecordingInterruption } from '../records/av-record.ts';
import { citationText } from './av/citations.ts';
import { describeAv } from './av/describe-av.ts';
import { INTERRUPTION_DUTIES } from './av/interruption-duties.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-interruption-unexplained';

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

/**
 * "应当立即向…负责人报告": the regulations give no number, so "立即" is read the same under
 * every profile as within an hour of the moment recording stopped (docs/decisions.md, "AV
 * duties in depth"): time enough to find that the recording cannot be resumed and reach
 * the head by telephone, and far short of any storage deadline.
 */
export const REPORT_AT_ONCE_HOURS = 1;

function reportFinding(
  av: AvRecord,
  interruption: RecordingInterruption,
  context: RuleContext,
  missing: (message: string) => Finding,
): Finding | undefined {
  const at = formatShanghai(interruption.from);
  const deadline = addHours(interruption.from, REPORT_AT_ONCE_HOURS);
  const what = `${describeAv(av)}于 ${at} 中断后未能继续记录，应当立即（${REPORT_AT_ONCE_HOURS} 小时内，即 ${formatShanghai(deadline)} 前）向负责人报告`;
  if (interruption.reportedAt !== undefined) {
    if (isBefore(interruption.reportedAt, deadline)) return undefined;
    return {
      ...missing(
        `${what}，实际于 ${formatShanghai(interruption.reportedAt)} 报告，迟延 ${formatElapsed(deadline, interruption.reportedAt)}。` +
          `请在书面说明中写明未能立即报告的原因。`,
      ),
      severity: 'violation',
    };
  }
  if (isBefore(context.now, deadline)) {
    return {
      ...missing(`${what}，尚无报告记录。请立即报告并登记报告的时间和对象。`),
      severity: 'due',
      dueAt: deadline,
    };
  }
  return missing(
    `${what}，至今没有报告记录，已超过 ${formatElapsed(deadline, context.now)}。请登记向负责人报告的时间。`,
  );
}

function findingsFor(
  av: AvRecord,
  interruption: RecordingInterruption,
  context: RuleContext,
): Finding[] {
  // The national baseline follows no seed, and national law sets no interruption duty.
  if (context.profile.seed === undefined) return [];
  const duty = INTERRUPTION_DUTIES[context.profile.seed];
  const basis = `依据：${citationText(duty.citation)}。`;
  const at = formatShanghai(interruption.from);
  const missing = (message: string): Finding => ({
    ruleId: RULE_ID,
    severity: 'missing',
    citations: [duty.citation],
    message: `${message}${basis}`,
    stage: context.enforcementCase.stage,
    subjectId: av.id,
  });
  if (interruption.resumedAt !== undefined) {
    return isBlank(interruption.note)
      ? [
          missing(
            `${describeAv(av)}于 ${at} 中断、${formatShanghai(interruption.resumedAt)} 恢复，` +
              `恢复记录时未对中断原因进行说明。请补录中断原因说明。`,
          ),
        ]
      : [];
  }
  const findings: Finding[] = [];
  if (duty.reportToHead) {
    const report = reportFinding(av, interruption, context, missing);
    if (report !== undefined) findings.push(report);
  }
  if (isBlank(interruption.writtenExplanation)) {
    findings.push(
      missing(
        `${describeAv(av)}于 ${at} 中断后未能继续记录，缺少事后书面说明。` +
          `请补充书面说明，写明中断原因和经过。`,
      ),
    );
  }
  return findings;
}

export const avInterruptionUnexplainedRule: Rule = {
  id: RULE_ID,
  title: '音像记录中断未说明原因或未报告',
  citations: Object.values(INTERRUPTION_DUTIES).map((duty) => duty.citation),
  check(context) {
    return context.avRecords.flatMap((av) =>
      av.interruptions.flatMap((interruption) => findingsFor(av, interruption, context)),
    );
  },
};
