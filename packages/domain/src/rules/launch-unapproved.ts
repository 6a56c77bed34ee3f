import { firstEvent } from '../enforcement/case-event.ts';
import { emergencyLaunchOf, type EmergencyLaunch } from '../enforcement/emergency-launch.ts';
import { formatShanghai, isBefore } from '../enforcement/instant.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import { deadlineFrom } from './deadline.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const ID = 'launch-unapproved';

const CITATIONS = [
  { seed: '002', article: '第四条' },
  { seed: '003', article: '第十条' },
  { seed: '003', article: '第三十九条' },
] as const;

/**
 * An ordinary-procedure case launched ex officio, or on a complaint found to need pursuing,
 * is filed only once its launch approval form is approved: 002 第四条(二) 报主要负责人批准,
 * 003 第十条 履行审批程序 with 第三十九条's 承办人 → 审核人 → 批准人. The form itself is
 * required under every profile (required-record-missing), so its approval is too. The one
 * exception is 003 第十条's emergency launch, approved within 24 hours afterwards
 * (emergency-launch-unapproved), allowed only where the profile provides for it.
 */
function needsApproval({ enforcementCase, records }: RuleContext): boolean {
  if (enforcementCase.procedure !== 'ordinary') return false;
  if (enforcementCase.launchMode === 'ex_officio') return true;
  return (
    enforcementCase.launchMode === 'complaint' &&
    records.some(
      (record) => record.type === 'complaint_intake' && record.fields.reviewResult === '需要查处',
    )
  );
}

/**
 * What an emergency launch not yet approved may not do (003 第十条: 先启动, 24 小时内补办
 * 审批手续). Within the period it may be filed and investigated, but not decided nor closed
 * (a `missing` finding of the investigation stage holds it there); once the period has
 * passed it may not move at all (a `missing` finding of the launch stage blocks every
 * transition) until the late approval is given. That the period was missed is
 * emergency-launch-unapproved's violation; this rule only holds the case.
 */
function emergencyHold(context: RuleContext, { launchedAt, period }: EmergencyLaunch): Finding[] {
  const { enforcementCase, now } = context;
  if (enforcementCase.stage === 'archived') return [];
  const deadline = deadlineFrom(launchedAt, period.value);
  const launched = `执法程序于 ${formatShanghai(launchedAt)} 紧急启动`;
  const base = { ruleId: ID, severity: 'missing', citations: [period.citation] } as const;
  if (isBefore(now, deadline)) {
    if (enforcementCase.stage === 'launch') return [];
    return [
      {
        ...base,
        stage: 'investigation',
        message: `${launched}，尚未补办程序启动审批手续。审批前不得调查终结、作出决定或结案，请在 ${formatShanghai(deadline)} 前提交程序启动审批表报负责人审批。`,
      },
    ];
  }
  return [
    {
      ...base,
      stage: 'launch',
      message: `${launched}，${formatDuration(period.value)}内（${formatShanghai(deadline)} 前）未补办程序启动审批手续，案件不得继续办理。请立即提交程序启动审批表报负责人审批，批准后方可继续。`,
    },
  ];
}

export const launchUnapproved: Rule = {
  id: ID,
  title: '程序启动未经负责人批准',
  citations: CITATIONS,
  check: (context) => {
    const { enforcementCase, events, profile } = context;
    if (!needsApproval(context)) return [];
    if (firstEvent(events, 'launch_approved') !== undefined) return [];
    const emergency = emergencyLaunchOf(events, profile);
    if (emergency !== undefined) return emergencyHold(context, emergency);
    if (enforcementCase.stage !== 'launch') return [];
    // Without the form there is nothing to approve yet; required-record-missing asks for it.
    if (!context.records.some((record) => record.type === 'launch_approval_form')) return [];
    return [
      {
        ruleId: ID,
        severity: 'missing',
        stage: 'launch',
        citations: CITATIONS,
        message:
          '《程序启动审批表》尚未经承办机构负责人或机关负责人批准，批准后方可立案。请提交审批。',
      },
    ];
  },
};
