import type { SeedId } from '../citation/citation.ts';
import { addHours, formatShanghai, isBefore } from '../enforcement/instant.ts';
import type { ProfileCitation } from '../profiles/profile-schema.ts';
import type { AvRecord, StorageDamage } from '../records/av-record.ts';
import { REPORT_AT_ONCE_HOURS } from './av-interruption-unexplained.ts';
import { citationText } from './av/citations.ts';
import { describeAv } from './av/describe-av.ts';
import { formatElapsed } from './av/elapsed.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-storage-damage-unreported';

/**
 * 000 第十六条: 信息存储过程中，发现信息有损坏、无法正常存储的，应当立即向执法机构负责人报告，
 * 并将书面说明存档. No other seed says what to do about damage found in storage.
 */
const DAMAGE_DUTIES: Readonly<Partial<Record<SeedId, ProfileCitation>>> = {
  '000': { seed: '000', article: '第十六条' },
};

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

function findingsFor(av: AvRecord, damage: StorageDamage, context: RuleContext): Finding[] {
  const seed: SeedId | undefined = context.profile.seed;
  const citation = seed === undefined ? undefined : DAMAGE_DUTIES[seed];
  if (citation === undefined) return [];
  const basis = `依据：${citationText(citation)}。`;
  const finding = (severity: Finding['severity'], message: string, dueAt?: string): Finding => ({
    ruleId: RULE_ID,
    severity,
    citations: [citation],
    message: `${message}${basis}`,
    stage: context.enforcementCase.stage,
    subjectId: av.id,
    ...(dueAt === undefined ? {} : { dueAt }),
  });
  // "立即" read as in the interruption duty: within the hour (docs/decisions.md).
  const deadline = addHours(damage.foundAt, REPORT_AT_ONCE_HOURS);
  const what = `${describeAv(av)}于 ${formatShanghai(damage.foundAt)} 存储时发现损坏或无法正常存储，应当立即（${formatShanghai(deadline)} 前）向执法机构负责人报告`;
  const findings: Finding[] = [];
  if (damage.reportedAt === undefined) {
    findings.push(
      isBefore(context.now, deadline)
        ? finding('due', `${what}，尚无报告记录。请立即报告并登记报告的时间和对象。`, deadline)
        : finding('missing', `${what}，至今没有报告记录。请登记向负责人报告的时间和对象。`),
    );
  } else if (!isBefore(damage.reportedAt, deadline)) {
    findings.push(
      finding(
        'violation',
        `${what}，实际于 ${formatShanghai(damage.reportedAt)} 报告，迟延 ${formatElapsed(deadline, damage.reportedAt)}。` +
          `请在书面说明中写明未能立即报告的原因。`,
      ),
    );
  }
  if (isBlank(damage.writtenNote)) {
    findings.push(
      finding(
        'missing',
        `${describeAv(av)}存储时发现损坏或无法正常存储，书面说明尚未存档。请登记书面说明。`,
      ),
    );
  }
  return findings;
}

export const avStorageDamageUnreportedRule: Rule = {
  id: RULE_ID,
  title: '音像记录存储时发现损坏未立即报告或未存档书面说明',
  citations: Object.values(DAMAGE_DUTIES),
  check(context) {
    return context.avRecords.flatMap((av) =>
      av.storageDamage === undefined ? [] : findingsFor(av, av.storageDamage, context),
    );
  },
};
