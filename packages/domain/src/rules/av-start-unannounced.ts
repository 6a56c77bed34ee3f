import type { SeedId } from '../citation/citation.ts';
import type { AvRecord } from '../records/av-record.ts';
import { ANNOUNCEMENT_DUTIES } from './av/announcement-duties.ts';
import { citationText } from './av/citations.ts';
import { describeAv } from './av/describe-av.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-start-unannounced';

/**
 * Spoken at the start, so only a recording with sound can hold it: a photo cannot, and a
 * fixed surveillance camera (视频监控) runs without anyone to speak.
 */
const SPOKEN_KINDS: ReadonlySet<AvRecord['kind']> = new Set(['video', 'audio']);

function findingFor(av: AvRecord, context: RuleContext): Finding | undefined {
  const seed: SeedId | undefined = context.profile.seed;
  const citation = seed === undefined ? undefined : ANNOUNCEMENT_DUTIES[seed];
  if (citation === undefined) return undefined;
  if (!SPOKEN_KINDS.has(av.kind) || av.announcementMade !== false) return undefined;
  // The recording is made; a missing announcement cannot be added to it afterwards.
  return {
    ruleId: RULE_ID,
    severity: 'violation',
    citations: [citation],
    message:
      `${describeAv(av)}开始时未告知当事人及现场有关人员正在进行音像记录` +
      `（未语音说明时间、地点、执法人员和执法行为）。请在案卷中书面说明原因；` +
      `如实际已告知，请更正该音像记录的“已告知”情况并说明更正理由。依据：${citationText(citation)}。`,
    stage: context.enforcementCase.stage,
    subjectId: av.id,
  };
}

export const avStartUnannouncedRule: Rule = {
  id: RULE_ID,
  title: '音像记录开始时未告知正在记录',
  citations: Object.values(ANNOUNCEMENT_DUTIES),
  check(context) {
    return context.avRecords
      .map((av) => findingFor(av, context))
      .filter((finding) => finding !== undefined);
  },
};
