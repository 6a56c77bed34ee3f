import { APPROVAL_ACTION_LABELS, type ApprovalActionType } from '@liuhen/domain';
import { Timeline, Typography } from 'antd';
import type { ApprovalRequestView } from '../api/cases.ts';
import type { ApprovalActionView } from './approval-api.ts';
import { formatChinaTime } from './china-time.ts';

const ACTION_LABELS: Readonly<Record<string, string>> = {
  submit: '提交审批',
  ...APPROVAL_ACTION_LABELS,
};

const ACTION_COLORS: Readonly<Record<string, string>> = {
  submit: 'blue',
  approve: 'green',
  reject_to_previous: 'orange',
  reject_to_originator: 'red',
  resubmit: 'blue',
} satisfies Partial<Record<ApprovalActionType | 'submit', string>>;

/** 办理记录: every act on one approval, oldest first (./use-approval-actions.ts). */
export function ApprovalHistory({
  request,
  actions,
  nameOf,
}: {
  request: ApprovalRequestView;
  actions: readonly ApprovalActionView[];
  nameOf: (userId: string) => string | undefined;
}) {
  if (actions.length === 0) return null;

  return (
    <Timeline
      style={{ marginTop: 8 }}
      data-testid={`approval-history-${request.kind}`}
      items={actions.map((act) => {
        const step = request.steps[act.stepIndex];
        const target = act.targetUserId ? (nameOf(act.targetUserId) ?? '指定人员') : null;
        return {
          key: act.id,
          color: ACTION_COLORS[act.action] ?? 'gray',
          content: (
            <div style={{ fontSize: 12 }}>
              <Typography.Text style={{ fontSize: 12 }}>
                {nameOf(act.actorId) ?? '—'} {ACTION_LABELS[act.action] ?? act.action}
                {target && `：${target}`}
                {step && act.action !== 'submit' && act.action !== 'resubmit' && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    （{step.label}）
                  </Typography.Text>
                )}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {formatChinaTime(act.at)}
              </Typography.Text>
              {act.comment && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {act.comment}
                  </Typography.Text>
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
