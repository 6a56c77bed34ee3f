import { ROLE_INFO } from '@liuhen/domain';
import { Flex, Tag, Typography } from 'antd';
import type { ApprovalRequestView } from '../api/cases.ts';
import { CitationTag } from '../common/CitationTag.tsx';
import { citationLabel } from '../common/citation.ts';
import { ApprovalHistory } from './ApprovalHistory.tsx';
import { countersignText, stepOpinion, stepState, type NameOf } from './approval-step-text.ts';
import { useApprovalActions } from './use-approval-actions.ts';

/**
 * One approval's chain as it was submitted (the profile's, apps/server approvals.service):
 * each step with its label, who may act, who acted and their opinion, and the article it
 * comes from; then the record of every act on it.
 */
export function ApprovalSteps({
  request,
  nameOf,
}: {
  request: ApprovalRequestView;
  nameOf: NameOf;
}) {
  const actions = useApprovalActions(request);
  return (
    <>
      <Flex vertical gap={4} style={{ fontSize: 12 }}>
        {request.steps.map((step, index) => {
          const countersigned = countersignText(request, index, nameOf);
          const opinion = stepOpinion(request, index, actions);
          return (
            <Flex
              key={step.key}
              gap={6}
              align="center"
              wrap
              data-testid={`approval-step-${request.kind}-${step.key}`}
            >
              <Typography.Text style={{ fontSize: 12 }}>
                {index + 1}. {step.label}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                （{step.roles.map((role) => ROLE_INFO[role].label).join('或')}）：
                {stepState(request, index, nameOf)}
                {countersigned && `；${countersigned}`}
              </Typography.Text>
              {opinion && (
                <Typography.Text
                  style={{ fontSize: 12 }}
                  data-testid={`approval-opinion-${request.kind}-${step.key}`}
                >
                  意见：{opinion}
                </Typography.Text>
              )}
              {step.citations.length === 0 ? (
                <Tag style={{ fontSize: 12, marginInlineEnd: 0 }}>平台默认流程</Tag>
              ) : (
                step.citations.map((citation) => (
                  <CitationTag
                    key={citationLabel(citation)}
                    citation={citation}
                    testId={`approval-citation-${request.kind}-${step.key}`}
                  />
                ))
              )}
            </Flex>
          );
        })}
      </Flex>
      <ApprovalHistory request={request} actions={actions} nameOf={nameOf} />
    </>
  );
}
