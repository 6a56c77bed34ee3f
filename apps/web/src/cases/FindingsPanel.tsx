import { Badge, Card, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import type { FindingView } from '../api/cases.ts';
import { FindingList } from './FindingList.tsx';
import { SEVERITY_INFO, SEVERITY_ORDER } from './labels.ts';

/**
 * 检查发现: what the rules of the agency's regulation say about the case now, grouped as
 * 缺失 / 违规 / 待办 / 无法判断, each with the articles it rests on, and last 参考: what
 * only another agency's regulation asks (not counted as a problem).
 */
export function FindingsPanel({
  findings,
  profileName,
}: {
  findings: readonly FindingView[];
  profileName: string | undefined;
}) {
  const groups = SEVERITY_ORDER.map((severity) => ({
    severity,
    items: findings.filter((finding) => finding.severity === severity),
  })).filter((group) => group.items.length > 0);
  const problems = findings.filter((finding) => finding.severity !== 'advice').length;

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span>检查发现</span>
          <Badge count={problems} showZero color={problems ? '#cf1322' : '#52c41a'} />
        </Flex>
      }
      data-testid="case-findings"
    >
      {groups.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={4}>
              <span>未发现问题</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                按{profileName ? `“${profileName}”` : '本案适用的制度'}
                检查，当前没有缺失、违规或待办事项。
              </Typography.Text>
            </Flex>
          }
        />
      ) : (
        <Flex vertical gap={16}>
          {groups.map(({ severity, items }) => {
            const info = SEVERITY_INFO[severity];
            return (
              <Flex vertical gap={8} key={severity} data-testid={`findings-${severity}`}>
                <Flex gap={8} align="center">
                  <Tooltip title={info.hint}>
                    <Tag color={info.color} style={{ marginInlineEnd: 0 }}>
                      {info.label}
                    </Tag>
                  </Tooltip>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {items.length} 项
                  </Typography.Text>
                </Flex>
                <FindingList findings={items} />
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
