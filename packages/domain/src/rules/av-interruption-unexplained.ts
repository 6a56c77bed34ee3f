import { formatShanghai } from '../enforcement/instant.ts';
import type { AvRecord, RecordingInterruption } from '../records/av-record.ts';
import { citationText } from './av/citations.ts';
import { describeAv } from './av/describe-av.ts';
import { INTERRUPTION_DUTIES } from './av/interruption-duties.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-interruption-unexplained';

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

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
  if (duty.reportToHead && interruption.reportedAt === undefined) {
    findings.push(
      missing(
        `${describeAv(av)}于 ${at} 中断后未能继续记录，没有向负责人报告的记录。` +
          `请登记向负责人报告的时间。`,
      ),
    );
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
