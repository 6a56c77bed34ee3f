import { Flex, Tag, Typography } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import type { AccessRequest } from './access-api.ts';
import { STATUS_INFO } from './access-labels.ts';

/** Where a request stands, with the decision or revocation under it. */
export function AccessStatusTag({ request }: { request: AccessRequest }) {
  const info = STATUS_INFO[request.status];
  const { decision, revocation } = request;
  return (
    <Flex vertical gap={2} data-testid="access-status" data-status={request.status}>
      <span>
        <Tag color={info.color} style={{ marginInlineEnd: 0 }}>
          {info.label}
        </Tag>
      </span>
      {decision && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {decision.decidedBy.displayName} {formatChinaTime(decision.decidedAt)}
          {decision.approved && decision.validUntil
            ? `，有效期至 ${formatChinaTime(decision.validUntil)}`
            : ''}
          {decision.comment ? `；意见：${decision.comment}` : ''}
        </Typography.Text>
      )}
      {revocation && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {revocation.revokedBy.displayName} {formatChinaTime(revocation.revokedAt)} 撤销：
          {revocation.reason}
        </Typography.Text>
      )}
    </Flex>
  );
}
