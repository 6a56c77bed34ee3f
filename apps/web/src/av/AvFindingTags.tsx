import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { FindingView } from '../api/cases.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { findingBasisText } from '../cases/finding-basis.ts';
import { SEVERITY_INFO } from '../cases/labels.ts';

/** The case's findings about one AV record (the rules name it as their subject). */
export function findingsOf(findings: readonly FindingView[], avRecordId: string): FindingView[] {
  return findings.filter((finding) => finding.subjectId === avRecordId);
}

/**
 * A recording's findings on its row: a tag in the severity's colour (缺失 red, 违规
 * orange) with the message beside it, and the articles it rests on beneath, as the
 * findings panel shows them.
 */
export function AvFindingTags({ findings }: { findings: readonly FindingView[] }) {
  if (findings.length === 0) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        无
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={4}>
      {findings.map((finding, index) => {
        const severity = SEVERITY_INFO[finding.severity];
        const citations = findingBasisText(finding);
        return (
          <Flex
            vertical
            gap={0}
            key={`${finding.ruleId}-${index}`}
            data-testid="av-finding"
            data-severity={finding.severity}
          >
            <Flex gap={4} align="start">
              <Tooltip title={severity.hint}>
                <Tag color={severity.color} style={{ marginInlineEnd: 0, flex: 'none' }}>
                  {severity.label}
                </Tag>
              </Tooltip>
              {/* Messages run long (they say what to do): two lines here, all of it on hover. */}
              <Typography.Paragraph
                ellipsis={{ rows: 2, tooltip: finding.message }}
                style={{ margin: 0, fontSize: 12 }}
              >
                {finding.message}
              </Typography.Paragraph>
            </Flex>
            {(citations || finding.dueAt) && (
              <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                {citations}
                {finding.dueAt && `${citations ? '；' : ''}截止 ${formatChinaTime(finding.dueAt)}`}
              </Typography.Text>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
