import { formatShanghai, instantMs, isBefore } from '../enforcement/instant.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import type { AvRecord } from '../records/av-record.ts';
import { citationText, uniqueCitations } from './av/citations.ts';
import { describeAv } from './av/describe-av.ts';
import { formatElapsed } from './av/elapsed.ts';
import { storageDeadline, type StorageDeadline } from './av/storage-deadline.ts';
import { formatDueBy } from './deadline.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-stored-late';

function basis(deadline: StorageDeadline): string {
  const from = deadline.startsAtReturn ? '返回单位' : '音像记录制作完成';
  return (
    `自${from}（${formatShanghai(deadline.start)}）起 ${formatDuration(deadline.rule.value)}内，` +
    `依据：${citationText(deadline.rule.citation)}`
  );
}

function findingFor(av: AvRecord, context: RuleContext): Finding | undefined {
  const deadline = storageDeadline(context.profile, av);
  if (deadline === undefined) return undefined;
  const common = {
    ruleId: RULE_ID,
    citations: [deadline.rule.citation],
    stage: context.enforcementCase.stage,
    subjectId: av.id,
  };
  const due = formatDueBy(deadline.at);
  const what = `${describeAv(av)}应于 ${due}存储至专用存储器或执法信息系统（${basis(deadline)}）`;
  if (av.storedAt !== undefined) {
    if (isBefore(av.storedAt, deadline.at)) return undefined;
    return {
      ...common,
      severity: 'violation',
      message:
        `${what}，实际于 ${formatShanghai(av.storedAt)} 存储，迟延 ${formatElapsed(deadline.at, av.storedAt)}。` +
        `请在案卷中书面说明迟延原因。`,
    };
  }
  if (instantMs(context.now) >= instantMs(deadline.at)) {
    return {
      ...common,
      severity: 'violation',
      message: `${what}，至今未存储，已逾期 ${formatElapsed(deadline.at, context.now)}。请立即存储，不得自行保管。`,
    };
  }
  return {
    ...common,
    severity: 'due',
    message: `${what}，尚未存储。请在期限届满前存储，不得自行保管。`,
    dueAt: deadline.at,
  };
}

export const avStoredLateRule: Rule = {
  id: RULE_ID,
  title: '音像记录未在规定期限内存储',
  citations: uniqueCitations(
    BUILTIN_PROFILES.flatMap((profile) => [
      profile.avStorageDeadline?.citation,
      profile.avStorageAfterReturnDeadline?.citation,
    ]),
  ),
  check(context) {
    return context.avRecords
      .map((av) => findingFor(av, context))
      .filter((finding) => finding !== undefined);
  },
};
