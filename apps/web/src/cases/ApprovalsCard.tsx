import {
  APPROVAL_KIND_LABELS,
  APPROVAL_KINDS,
  APPROVAL_SUBJECT_TYPES,
  recordTypeSpec,
  type ApprovalKind,
} from '@liuhen/domain';
import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  actOnApproval,
  submitForApproval,
  type ApprovalRequestView,
  type CaseDetail,
} from '../api/cases.ts';
import { ApiError } from '../api/problem.ts';
import type { User } from '../api/types.ts';
import { useReportError } from '../api/use-report-error.ts';
import { ApprovalSteps } from './ApprovalSteps.tsx';
import { awaitsLateLaunchApproval, recordChains } from './case-facts.ts';
import { useApprovers } from './use-approvers.ts';

import { APPROVAL_CHANGED, APPROVE_LABELS, ActModal, type Acting } from './ApprovalActModal.tsx';
import { mayAct, ownsStep } from './approval-eligibility.ts';
import type { NameOf } from './approval-step-text.ts';
import { useCaseApprovals } from './use-case-approvals.ts';

/**
 * The stage a case must be in to put each kind up (apps/server approvals.service), but for
 * the late approval of an emergency launch.
 */
const STAGE_OF_KIND = { launch: 'launch', decision: 'decision' } as const;

const STATUS = {
  pending: { label: '审批中', color: 'blue' },
  approved: { label: '已批准', color: 'green' },
  returned: { label: '已退回', color: 'orange' },
} as const;

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
    (kind) =>
      (row.stage === STAGE_OF_KIND[kind] ||
        (kind === 'launch' && awaitsLateLaunchApproval(detail))) &&
      !requests.some((r) => r.kind === kind),
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
              <ApprovalSteps request={request} nameOf={nameOf} />
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
