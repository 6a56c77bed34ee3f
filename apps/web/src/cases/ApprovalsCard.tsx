import {
  APPROVAL_KIND_LABELS,
  APPROVAL_KINDS,
  APPROVAL_SUBJECT_TYPES,
  ROLE_INFO,
  recordTypeSpec,
  type ApprovalKind,
} from '@liuhen/domain';
import { App, Button, Card, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  actOnApproval,
  listCaseApprovals,
  submitForApproval,
  type ApprovalRequestView,
  type CaseDetail,
} from '../api/cases.ts';
import { ApiError } from '../api/problem.ts';
import type { User } from '../api/types.ts';
import { useReportError } from '../api/use-report-error.ts';
import { recordChains } from './case-facts.ts';
import { useNestedFormErrors } from './form-problems.ts';

/** The stage a case must be in to put each kind up (apps/server approvals.service). */
const STAGE_OF_KIND = { launch: 'launch', decision: 'decision' } as const;

const STATUS = {
  pending: { label: '审批中', color: 'blue' },
  approved: { label: '已批准', color: 'green' },
  returned: { label: '已退回', color: 'orange' },
} as const;

/** 同意 as it reads for each kind: a launch is 批准启动. */
const APPROVE_LABELS: Readonly<Record<ApprovalKind, string>> = {
  launch: '批准启动',
  decision: '同意',
};

/**
 * Whether the user may act on the current step, as the server decides (approval-flow
 * mayActOnCurrentStep, approval-eligibility holdsStepRole): never on one's own proposal.
 */
function mayAct(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  if (request.status !== 'pending' || request.proposedBy === user.id) return false;
  const step = request.steps[request.currentStep];
  if (step === undefined) return false;
  if (step.countersigners.some((c) => c.userId === user.id && !c.approved)) return true;
  if (step.approvedBy !== undefined) return false;
  if (step.delegatedTo !== undefined) return step.delegatedTo === user.id;
  const row = detail.case;
  return (
    user.agencyId === row.agencyId &&
    step.roles.some(
      (role) =>
        user.roles.includes(role) &&
        (role !== 'department_head' || user.departmentId === row.departmentId),
    )
  );
}

function stepState(request: ApprovalRequestView, index: number): string {
  const step = request.steps[index]!;
  if (step.approvedBy !== undefined) return '已同意';
  if (request.status === 'approved') return '已同意';
  if (index === request.currentStep) return request.status === 'returned' ? '已退回' : '待办理';
  return index < request.currentStep ? '已同意' : '未开始';
}

function useCaseApprovals(caseId: string, version: number) {
  const report = useReportError();
  const [loaded, setLoaded] = useState<{ key: string; items: ApprovalRequestView[] } | null>(null);
  const key = `${caseId}/${version}`;
  useEffect(() => {
    let cancelled = false;
    listCaseApprovals(caseId).then(
      (items) => !cancelled && setLoaded({ key, items }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ key, items: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, key, report]);
  // Keep this case's last list while a newer one loads, so the card does not jump.
  return loaded?.key.startsWith(`${caseId}/`) ? loaded.items : [];
}

type Acting = { request: ApprovalRequestView; action: 'approve' | 'reject_to_originator' };

function ActModal({
  acting,
  onClose,
  onDone,
}: {
  acting: Acting;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string; suggestions?: string }>();
  const onError = useNestedFormErrors(form, ([head]) =>
    head === 'comment' || head === 'suggestions' ? [head] : undefined,
  );
  const [saving, setSaving] = useState(false);
  const { request, action } = acting;
  const step = request.steps[request.currentStep];
  const legalReview = action === 'approve' && step?.key === 'legal_review';
  const approving = action === 'approve';
  const title = approving
    ? `${APPROVAL_KIND_LABELS[request.kind]} · ${step?.label ?? ''}`
    : `退回承办人 · ${APPROVAL_KIND_LABELS[request.kind]}`;

  const onFinish = async (values: { comment: string; suggestions?: string }) => {
    setSaving(true);
    try {
      await actOnApproval(request.id, {
        action,
        expectedVersion: request.version,
        comment: values.comment.trim(),
        ...(legalReview ? { suggestions: values.suggestions?.trim() ?? '' } : {}),
      });
      void message.success(approving ? '已签署同意' : '已退回承办人');
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.is('approval-changed')) onDone();
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
            danger={!approving}
            loading={saving}
            onClick={() => form.submit()}
            data-testid="approval-act-submit"
          >
            {approving ? APPROVE_LABELS[request.kind] : '退回'}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        {approving
          ? '签署后记入案卷和留痕日志，不能撤回。'
          : '退回后由承办人修改文书并重新提交。请写明退回理由。'}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={saving}>
        <Form.Item
          name="comment"
          label={approving ? '审批意见' : '退回理由'}
          rules={[{ required: true, whitespace: true, message: '请填写审批意见' }]}
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
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * 审批: the case's approvals (程序启动审批, 执法决定审批) step by step; 提交审批 for the form or
 * draft in force; 同意 / 退回 for whoever the current step waits on; 重新提交 after a return.
 */
export function ApprovalsCard({
  detail,
  user,
  canWork,
  refreshKey,
  onChanged,
}: {
  detail: CaseDetail;
  user: User;
  canWork: boolean;
  /** Changes whenever the page reloads the case; the approvals are read again then. */
  refreshKey: number;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const report = useReportError();
  const row = detail.case;
  const requests = useCaseApprovals(row.id, refreshKey);
  const [acting, setActing] = useState<Acting | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const current = recordChains(detail.records).map((chain) => chain.current);
  const closed = row.closedInErrorAt !== null;

  const submittable = APPROVAL_KINDS.filter(
    (kind) => row.stage === STAGE_OF_KIND[kind] && !requests.some((r) => r.kind === kind),
  );

  const submit = async (kind: ApprovalKind, recordId: string) => {
    setBusy(kind);
    try {
      await submitForApproval(row.id, kind, recordId);
      void message.success(`已提交${APPROVAL_KIND_LABELS[kind]}`);
      onChanged();
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  const resubmit = async (request: ApprovalRequestView) => {
    setBusy(request.id);
    try {
      await actOnApproval(request.id, { action: 'resubmit', expectedVersion: request.version });
      void message.success('已重新提交审批');
      onChanged();
    } catch (error) {
      report(error);
      onChanged();
    } finally {
      setBusy(null);
    }
  };

  const offers =
    closed || !canWork
      ? []
      : submittable
          .map((kind) => {
            const subjectType = APPROVAL_SUBJECT_TYPES[kind];
            const subject = current.find((record) => record.type === subjectType);
            return { kind, subject, label: recordTypeSpec(subjectType).label };
          })
          // Without the form, offer the hint only where an approval is the rule (一般程序).
          .filter((offer) => offer.subject !== undefined || row.procedure === 'ordinary');

  if (requests.length === 0 && offers.length === 0) return null;

  return (
    <Card size="small" title="审批" data-testid="case-approvals">
      <Flex vertical gap={12}>
        {requests.map((request) => {
          const status = STATUS[request.status];
          const subject = detail.records.find((record) => record.id === request.subjectRecordId);
          const canAct = !closed && mayAct(user, request, detail);
          return (
            <Flex
              vertical
              gap={6}
              key={request.id}
              data-testid={`approval-${request.kind}`}
              data-status={request.status}
            >
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{APPROVAL_KIND_LABELS[request.kind]}</Typography.Text>
                <Tag color={status.color}>{status.label}</Tag>
                {subject && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    《{recordTypeSpec(subject.type).label}》
                  </Typography.Text>
                )}
              </Flex>
              <Flex gap={16} wrap style={{ fontSize: 12 }}>
                {request.steps.map((step, index) => (
                  <Typography.Text key={step.key} type="secondary" style={{ fontSize: 12 }}>
                    {step.label}（{step.roles.map((role) => ROLE_INFO[role].label).join('或')}）：
                    {stepState(request, index)}
                  </Typography.Text>
                ))}
              </Flex>
              <Flex gap={8} wrap>
                {canAct && (
                  <>
                    <Button
                      type="primary"
                      size="small"
                      onClick={() => setActing({ request, action: 'approve' })}
                      data-testid={`approval-approve-${request.kind}`}
                    >
                      {APPROVE_LABELS[request.kind]}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setActing({ request, action: 'reject_to_originator' })}
                      data-testid={`approval-return-${request.kind}`}
                    >
                      退回承办人
                    </Button>
                  </>
                )}
                {!closed && request.status === 'returned' && request.proposedBy === user.id && (
                  <Button
                    size="small"
                    loading={busy === request.id}
                    onClick={() => void resubmit(request)}
                    data-testid={`approval-resubmit-${request.kind}`}
                  >
                    重新提交（按现行文书）
                  </Button>
                )}
                {request.status === 'pending' && !canAct && request.proposedBy === user.id && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    已提交，等待{request.steps[request.currentStep]?.label ?? '审批'}。
                  </Typography.Text>
                )}
              </Flex>
            </Flex>
          );
        })}
        {offers.map(({ kind, subject, label }) =>
          subject ? (
            <Flex key={kind} gap={8} align="center" wrap>
              <Button
                type="primary"
                size="small"
                loading={busy === kind}
                onClick={() => void submit(kind, subject.id)}
                data-testid={`approval-submit-${kind}`}
              >
                提交{APPROVAL_KIND_LABELS[kind]}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                将现行的《{label}》提交负责人审批。
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text key={kind} type="secondary" style={{ fontSize: 12 }}>
              制作《{label}》后，可在此提交{APPROVAL_KIND_LABELS[kind]}。
            </Typography.Text>
          ),
        )}
      </Flex>
      {acting && (
        <ActModal
          acting={acting}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
