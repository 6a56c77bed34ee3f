import { APPROVAL_KIND_LABELS, ROLE_INFO, type ApprovalKind } from '@liuhen/domain';
import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { actOnApproval, type ApprovalRequestView } from '../api/cases.ts';
import { ApiError } from '../api/problem.ts';
import type { User } from '../api/types.ts';
import type { Approver } from './approval-api.ts';
import { useNestedFormErrors } from './form-problems.ts';

/** 同意 as it reads for each kind: a launch is 批准启动. */
export const APPROVE_LABELS: Readonly<Record<ApprovalKind, string>> = {
  launch: '批准启动',
  decision: '同意',
};

export type ActAction =
  'approve' | 'reject_to_previous' | 'reject_to_originator' | 'countersign' | 'delegate' | 'remind';
export type Acting = { request: ApprovalRequestView; action: ActAction };

const ACT_INFO: Readonly<
  Record<
    Exclude<ActAction, 'approve'>,
    { title: string; done: string; hint: string; comment: string; button: string }
  >
> = {
  reject_to_previous: {
    title: '退回上一步',
    done: '已退回上一步',
    hint: '退回后由上一步的审批人重新办理。请写明退回理由。',
    comment: '退回理由',
    button: '退回',
  },
  reject_to_originator: {
    title: '退回承办人',
    done: '已退回承办人',
    hint: '退回后由承办人修改文书并重新提交。请写明退回理由。',
    comment: '退回理由',
    button: '退回',
  },
  countersign: {
    title: '加签',
    done: '已加签',
    hint: '加签的人员也须在本步骤签署同意，本步骤才算完成。',
    comment: '说明（可不填）',
    button: '加签',
  },
  delegate: {
    title: '转办',
    done: '已转办',
    hint: '转办后本步骤改由所选人员办理，您和其他同职人员不能再办理本步骤。',
    comment: '说明（可不填）',
    button: '转办',
  },
  remind: {
    title: '催办',
    done: '已催办',
    hint: '催办记入审批的办理记录，提醒当前步骤的审批人尽快办理。',
    comment: '催办说明（可不填）',
    button: '催办',
  },
};

/** The message when someone else acted first (409 approval-changed); the card reloads. */
export const APPROVAL_CHANGED = '审批已被他人办理，已刷新';

export function ActModal({
  acting,
  user,
  approvers,
  onClose,
  onDone,
}: {
  acting: Acting;
  user: User;
  approvers: readonly Approver[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string; suggestions?: string; userId?: string }>();
  const onError = useNestedFormErrors(form, ([head]) =>
    head === 'comment' || head === 'suggestions' || head === 'userId' ? [head] : undefined,
  );
  const [saving, setSaving] = useState(false);
  const { request, action } = acting;
  const step = request.steps[request.currentStep];
  // A decision's legal review becomes the 法制审核 record, with its 建议 (approvals.service).
  const legalReview =
    action === 'approve' && request.kind === 'decision' && step?.key === 'legal_review';
  const approving = action === 'approve';
  const info = approving ? null : ACT_INFO[action];
  const picking = action === 'countersign' || action === 'delegate';
  const commentRequired =
    action === 'approve' || action === 'reject_to_previous' || action === 'reject_to_originator';
  const title = approving
    ? `${APPROVAL_KIND_LABELS[request.kind]} · ${step?.label ?? ''}`
    : `${info!.title} · ${APPROVAL_KIND_LABELS[request.kind]}`;
  // The server accepts only active colleagues holding a role of the step, and neither the
  // proposer nor the one acting, nor (for 加签) someone already countersigning.
  const candidates = approvers.filter(
    (person) =>
      person.id !== user.id &&
      person.id !== request.proposedBy &&
      (step?.roles.some((role) => person.roles.includes(role)) ?? false) &&
      !(action === 'countersign' && step?.countersigners.some((c) => c.userId === person.id)) &&
      !(action === 'delegate' && step?.delegatedTo === person.id),
  );

  const onFinish = async (values: { comment?: string; suggestions?: string; userId?: string }) => {
    setSaving(true);
    try {
      const comment = values.comment?.trim();
      await actOnApproval(request.id, {
        action,
        expectedVersion: request.version,
        ...(comment ? { comment } : {}),
        ...(legalReview ? { suggestions: values.suggestions?.trim() ?? '' } : {}),
        ...(picking && values.userId ? { userId: values.userId } : {}),
      });
      void message.success(approving ? '已签署同意' : info!.done);
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.is('approval-changed')) {
        void message.warning(APPROVAL_CHANGED);
        onDone();
        return;
      }
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            danger={action === 'reject_to_previous' || action === 'reject_to_originator'}
            loading={saving}
            onClick={() => form.submit()}
            data-testid="approval-act-submit"
          >
            {approving ? APPROVE_LABELS[request.kind] : info!.button}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        {approving ? '签署后记入案卷和留痕日志，不能撤回。' : info!.hint}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={saving}>
        {picking && (
          <Form.Item
            name="userId"
            label={action === 'countersign' ? '加签人员' : '转办给'}
            rules={[{ required: true, message: '请选择人员' }]}
            extra={
              candidates.length === 0
                ? `本机关没有其他可办理本步骤的${step?.roles.map((role) => ROLE_INFO[role].label).join('或') ?? '人员'}。`
                : undefined
            }
          >
            <Select
              options={candidates.map((person) => ({
                value: person.id,
                label: `${person.displayName}（${person.roles.map((role) => ROLE_INFO[role].label).join('、')}）`,
              }))}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择人员"
              data-testid="approval-target"
            />
          </Form.Item>
        )}
        <Form.Item
          name="comment"
          label={approving ? '审批意见' : info!.comment}
          rules={
            commentRequired
              ? [{ required: true, whitespace: true, message: '请填写审批意见' }]
              : undefined
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            data-testid="approval-comment"
          />
        </Form.Item>
        {legalReview && (
          <Form.Item
            name="suggestions"
            label="法制审核建议"
            rules={[{ required: true, whitespace: true, message: '请填写法制审核建议' }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              data-testid="approval-suggestions"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
