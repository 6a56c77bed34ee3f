import { STAGE_LABELS } from '@liuhen/domain';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import {
  transitionCase,
  type AvailableTransition,
  type CaseDetail,
  type FindingView,
} from '../api/cases.ts';
import { ApiError } from '../api/problem.ts';
import { useReportError } from '../api/use-report-error.ts';
import { FindingList } from './FindingList.tsx';

type Outcome =
  | { kind: 'blocked'; label: string; detail: string; findings: FindingView[] }
  | { kind: 'unavailable'; detail: string };

function findingsOf(error: ApiError): FindingView[] {
  const findings = error.problem.findings;
  return Array.isArray(findings) ? (findings as FindingView[]) : [];
}

/**
 * The acts that move the case to another stage (立案, 移送审查, 结案 …), each confirmed
 * first. When the rules block one, the blocking findings appear here, in place.
 */
export function TransitionBar({
  detail,
  canWork,
  onMoved,
}: {
  detail: CaseDetail;
  canWork: boolean;
  onMoved: () => void;
}) {
  const { message } = App.useApp();
  const report = useReportError();
  const [confirming, setConfirming] = useState<AvailableTransition | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const closed = detail.case.closedInErrorAt !== null;
  if (closed || detail.transitions.length === 0) {
    return detail.case.stage === 'archived' && !closed ? (
      <Typography.Text type="secondary">案卷已立卷归档，办理完毕。</Typography.Text>
    ) : null;
  }

  const run = async (transition: AvailableTransition) => {
    setPending(true);
    try {
      const result = await transitionCase(detail.case.id, transition.id);
      setOutcome(null);
      setConfirming(null);
      void message.success(result.message);
      if (result.violations.length > 0) {
        void message.warning(
          `另有 ${result.violations.length} 项违规已记入本案，请查看“检查发现”。`,
        );
      }
      onMoved();
    } catch (error) {
      setConfirming(null);
      if (error instanceof ApiError && error.is('transition-blocked')) {
        setOutcome({
          kind: 'blocked',
          label: transition.label,
          detail: error.problem.detail,
          findings: findingsOf(error),
        });
      } else if (
        error instanceof ApiError &&
        (error.is('transition-not-available') || error.is('case-closed-in-error'))
      ) {
        setOutcome({ kind: 'unavailable', detail: error.problem.detail });
        onMoved();
      } else {
        report(error);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        {canWork ? (
          detail.transitions.map((transition, index) => (
            <Button
              key={transition.id}
              type={index === 0 ? 'primary' : 'default'}
              onClick={() => setConfirming(transition)}
              data-testid={`transition-${transition.id}`}
            >
              {transition.label}
            </Button>
          ))
        ) : (
          <Typography.Text type="secondary">
            可执行：{detail.transitions.map((t) => t.label).join('、')}
            。仅本案执法人员、承办机构负责人或机关负责人可以办理。
          </Typography.Text>
        )}
      </Flex>
      {outcome?.kind === 'blocked' && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setOutcome(null) }}
          title={`尚不能“${outcome.label}”：还有 ${outcome.findings.length} 项需要补齐`}
          description={
            <Flex vertical gap={8} style={{ marginTop: 4 }}>
              <FindingList findings={outcome.findings} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                请在下方“文书”中补齐文书、在“音像记录”中上传并登记缺少的录音录像后再试。
              </Typography.Text>
            </Flex>
          }
          data-testid="transition-blocked"
        />
      )}
      {outcome?.kind === 'unavailable' && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setOutcome(null) }}
          title="不能执行该操作"
          description={outcome.detail}
          data-testid="transition-unavailable"
        />
      )}
      <Modal
        open={confirming !== null}
        title={confirming ? `确认“${confirming.label}”？` : ''}
        onCancel={() => setConfirming(null)}
        destroyOnHidden
        footer={
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => setConfirming(null)}>取消</Button>
            <Button
              type="primary"
              loading={pending}
              onClick={() => confirming && void run(confirming)}
              data-testid="transition-confirm"
            >
              确认
            </Button>
          </Flex>
        }
      >
        {confirming && (
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            案件将由“{STAGE_LABELS[detail.case.stage]}”进入“{STAGE_LABELS[confirming.to]}”环节。
            系统先按适用制度检查本环节及以前应有的记录，缺少的会列出，案件不会移动。
            此操作记入留痕日志，不能撤销。
          </Typography.Paragraph>
        )}
      </Modal>
    </Flex>
  );
}
