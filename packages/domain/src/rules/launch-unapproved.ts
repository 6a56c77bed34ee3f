import { firstEvent } from '../enforcement/case-event.ts';
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

export const launchUnapproved: Rule = {
  id: ID,
  title: '程序启动未经负责人批准',
  citations: CITATIONS,
  check: (context) => {
    const { enforcementCase, events, profile } = context;
    if (enforcementCase.stage !== 'launch' || !needsApproval(context)) return [];
    if (firstEvent(events, 'launch_approved') !== undefined) return [];
    const emergency = events.some((event) => event.type === 'launched' && event.emergency);
    if (emergency && profile.emergencyLaunchApprovalDeadline !== undefined) return [];
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
