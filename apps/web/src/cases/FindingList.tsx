import { STAGE_LABELS, type Stage } from '@liuhen/domain';
import { Flex, Tag, Typography } from 'antd';
import type { FindingView } from '../api/cases.ts';
import { CitationTag } from '../common/CitationTag.tsx';
import { formatDueBy } from './china-time.ts';
import { basisPrefix } from './finding-basis.ts';
import { SEVERITY_INFO } from './labels.ts';

function stageLabel(stage: string): string {
  return STAGE_LABELS[stage as Stage] ?? stage;
}

/**
 * One finding: what is wrong and what to do, the articles it rests on, and when it is due.
 * Advice says whose practice it is (参考：其他规定的做法 and the regulations by name), since
 * those articles do not bind the agency.
 */
export function FindingItem({
  finding,
  showSeverity = false,
}: {
  finding: FindingView;
  showSeverity?: boolean;
}) {
  const severity = SEVERITY_INFO[finding.severity];
  return (
    <Flex vertical gap={4} data-testid="finding" data-severity={finding.severity}>
      <Typography.Text>
        {showSeverity && <Tag color={severity.color}>{severity.label}</Tag>}
        {finding.message}
      </Typography.Text>
      <Flex gap={4} wrap align="center" style={{ fontSize: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {stageLabel(finding.stage)}环节
        </Typography.Text>
        {finding.citations.length > 0 && (
          <>
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, marginInlineStart: 8 }}
              data-testid={finding.severity === 'advice' ? 'finding-advice-label' : undefined}
            >
              {basisPrefix(finding.severity)}：
            </Typography.Text>
            {finding.citations.map((citation) => (
              <CitationTag
                key={citation.text}
                citation={citation}
                testId="finding-citation"
                style={{ marginInlineEnd: 4 }}
              />
            ))}
          </>
        )}
        {finding.dueAt && (
          <Typography.Text
            type={finding.severity === 'violation' ? 'danger' : 'secondary'}
            style={{ fontSize: 12, marginInlineStart: 8 }}
          >
            截止：{formatDueBy(finding.dueAt)}
            {finding.provisionalYears && (
              <Tag color="gold" style={{ marginInlineStart: 4 }} data-testid="finding-provisional">
                暂定（{finding.provisionalYears.join('、')} 年节假日未录入）
              </Tag>
            )}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}

/** Findings one under another, separated by thin rules. */
export function FindingList({
  findings,
  showSeverity = false,
}: {
  findings: readonly FindingView[];
  showSeverity?: boolean;
}) {
  return (
    <Flex vertical gap={8}>
      {findings.map((finding, index) => (
        <div
          key={`${finding.ruleId}-${finding.subjectId ?? ''}-${index}`}
          style={index > 0 ? { borderTop: '1px dashed #f0f0f0', paddingTop: 8 } : undefined}
        >
          <FindingItem finding={finding} showSeverity={showSeverity} />
        </div>
      ))}
    </Flex>
  );
}
