import {
  APPROVAL_KIND_LABELS,
  APPROVAL_KINDS,
  APPROVAL_SUBJECT_TYPES,
  ROLE_INFO,
  recordTypeSpec,
  type ApprovalKind,
} from '@liuhen/domain';
import { App, Button, Card, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
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
import type { Approver } from './approval-api.ts';
import { ApprovalHistory } from './ApprovalHistory.tsx';
import { recordChains } from './case-facts.ts';
import { useNestedFormErrors } from './form-problems.ts';
import { useApprovers } from './use-approvers.ts';

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

/** Holds a role the current step asks for (apps/server approval-eligibility holdsStepRole). */
function holdsStepRole(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  const step = request.steps[request.currentStep];
  const row = detail.case;
  return (
    step !== undefined &&
    user.agencyId === row.agencyId &&
    step.roles.some(
      (role) =>
        user.roles.includes(role) &&
        (role !== 'department_head' || user.departmentId === row.departmentId),
    )
  );
}

/**
 * Whether the user answers for the current step (its role-holder, or the one it was handed
 * to) and so may also 加签 and 转办 (approval-flow ownsCurrentStep).
 */
function ownsStep(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  if (request.status !== 'pending' || request.proposedBy === user.id) return false;
  const step = request.steps[request.currentStep];
  if (step === undefined || step.approvedBy !== undefined) return false;
  if (step.delegatedTo !== undefined) return step.delegatedTo === user.id;
  return holdsStepRole(user, request, detail);
}

/**
 * Whether the user may act on the current step, as the server decides (approval-flow
 * mayActOnCurrentStep): its owner or an open countersigner, never on one's own proposal.
 */
function mayAct(user: User, request: ApprovalRequestView, detail: CaseDetail): boolean {
  if (request.status !== 'pending' || request.proposedBy === user.id) return false;
  const step = request.steps[request.currentStep];
  if (step === undefined) return false;
  if (step.countersigners.some((c) => c.userId === user.id && !c.approved)) return true;
  return ownsStep(user, request, detail);
}

type NameOf = (userId: string) => string | undefined;

/** Where a step stands, and who signed it when their names can be read. */
function stepState(request: ApprovalRequestView, index: number, nameOf: NameOf): string {
  const step = request.steps[index]!;
  const waitingCountersign = step.countersigners.some((c) => !c.approved);
  if (step.approvedBy !== undefined) {
    const who = nameOf(step.approvedBy);
    const signed = who ? `${who}已同意` : '已同意';
    return waitingCountersign && request.status === 'pending' ? `${signed}，待会签` : signed;
  }
  if (request.status === 'approved') return '已同意';
  if (index === request.currentStep) {
    if (request.status === 'returned') return '已退回';
    if (step.delegatedTo !== undefined) {
      return `已转办${nameOf(step.delegatedTo) ? `给${nameOf(step.delegatedTo)}` : ''}，待办理`;
    }
    return '待办理';
  }
  return index < request.currentStep ? '已同意' : '未开始';
}

/** 会签: who else signs the step, and whether they have. */
function countersignText(request: ApprovalRequestView, index: number, nameOf: NameOf) {
  const step = request.steps[index]!;
  if (step.countersigners.length === 0) return null;
  return `会签：${step.countersigners
    .map((c) => `${nameOf(c.userId) ?? '加签人'}${c.approved ? '（已同意）' : '（待签）'}`)
    .join('、')}`;
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

type ActAction =
  'approve' | 'reject_to_previous' | 'reject_to_originator' | 'countersign' | 'delegate' | 'remind';
type Acting = { request: ApprovalRequestView; action: ActAction };

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

function ActModal({
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
  const legalReview = action === 'approve' && step?.key === 'legal_review';
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
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * 审批: the case's approvals (程序启动审批, 执法决定审批) step by step, with who signed and
 * the record of every act; 提交审批 for the form or draft in force; 同意 / 退回承办人 /
 * 退回上一步 for whoever the current step waits on, and 加签 / 转办 for its owner; 催办 for
 * the proposer and the case's officers; 重新提交 after a return.
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
  const approvers = useApprovers(row.agencyId);
  const current = recordChains(detail.records).map((chain) => chain.current);
  const names = new Map<string, string>([
    ...approvers.map((person) => [person.id, person.displayName] as const),
    ...detail.officers.map((officer) => [officer.userId, officer.name] as const),
    [user.id, user.displayName],
  ]);
  const nameOf: NameOf = (id) => names.get(id);
  const onCaseOfficers = detail.officers.some((officer) => officer.userId === user.id);
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
      if (error instanceof ApiError && error.is('approval-changed')) {
        void message.warning(APPROVAL_CHANGED);
      } else {
        report(error);
      }
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
          const owns = canAct && ownsStep(user, request, detail);
          const canRemind =
            !closed &&
            request.status === 'pending' &&
            (request.proposedBy === user.id || onCaseOfficers);
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
                {request.steps.map((step, index) => {
                  const countersigned = countersignText(request, index, nameOf);
                  return (
                    <Typography.Text
                      key={step.key}
                      type="secondary"
                      style={{ fontSize: 12 }}
                      data-testid={`approval-step-${request.kind}-${step.key}`}
                    >
                      {step.label}（{step.roles.map((role) => ROLE_INFO[role].label).join('或')}）：
                      {stepState(request, index, nameOf)}
                      {countersigned && `；${countersigned}`}
                    </Typography.Text>
                  );
                })}
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
                    {request.currentStep > 0 && (
                      <Button
                        size="small"
                        onClick={() => setActing({ request, action: 'reject_to_previous' })}
                        data-testid={`approval-previous-${request.kind}`}
                      >
                        退回上一步
                      </Button>
                    )}
                  </>
                )}
                {owns && (
                  <>
                    <Button
                      size="small"
                      onClick={() => setActing({ request, action: 'countersign' })}
                      data-testid={`approval-countersign-${request.kind}`}
                    >
                      加签
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setActing({ request, action: 'delegate' })}
                      data-testid={`approval-delegate-${request.kind}`}
                    >
                      转办
                    </Button>
                  </>
                )}
                {canRemind && (
                  <Button
                    size="small"
                    onClick={() => setActing({ request, action: 'remind' })}
                    data-testid={`approval-remind-${request.kind}`}
                  >
                    催办
                  </Button>
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
              <ApprovalHistory request={request} nameOf={nameOf} />
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
          user={user}
          approvers={approvers}
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
