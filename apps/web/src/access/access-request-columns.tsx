import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { casePath } from '../cases/paths.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import type { AccessRequest } from './access-api.ts';
import { ACCESS_KIND_LABELS, permissionLabel } from './access-labels.ts';
import { scopeText } from './access-rules.ts';
import { AccessStatusTag } from './AccessStatusTag.tsx';

export interface RequestActions {
  /** 审批, for a request waiting on the user. */
  readonly onDecide?: (request: AccessRequest) => void;
  /** 撤销授权, where `mayRevoke` allows it. */
  readonly onRevoke?: (request: AccessRequest) => void;
  readonly mayRevoke?: (request: AccessRequest) => boolean;
}

/** The columns of a list of 调阅申请; `withCase` adds the case number (off on the case page). */
export function accessRequestColumns(
  withCase: boolean,
  actions: RequestActions,
): TableColumnsType<AccessRequest> {
  const { onDecide, onRevoke, mayRevoke } = actions;
  return [
    ...(withCase
      ? [
          {
            title: '案号',
            key: 'case',
            width: 180,
            render: (_: unknown, row: AccessRequest) => (
              <Link to={casePath(row.caseId)} data-testid="access-case-link">
                {row.caseNumber}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: '申请',
      key: 'kind',
      width: 170,
      render: (_: unknown, row) => (
        <Flex vertical gap={2}>
          <span>{ACCESS_KIND_LABELS[row.kind]}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.requester.displayName} {formatChinaTime(row.createdAt)}
          </Typography.Text>
          {row.onBehalfOf && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              代 {row.onBehalfOf}
            </Typography.Text>
          )}
          {row.grantee.userId !== row.requester.userId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              查阅人 {row.grantee.displayName}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: '调阅内容',
      key: 'what',
      width: 190,
      render: (_: unknown, row) => (
        <Flex vertical gap={4}>
          <Flex gap={4} wrap>
            {row.permissions.map((permission) => (
              <Tag key={permission} style={{ marginInlineEnd: 0 }}>
                {permissionLabel(permission)}
              </Tag>
            ))}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {scopeText(row.subjectIds)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '调阅事由',
      dataIndex: 'reason',
      render: (reason: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{reason}</span>,
    },
    {
      title: '申请有效期至',
      dataIndex: 'requestedUntil',
      width: 130,
      render: (value: string) => formatChinaTime(value),
    },
    {
      title: '状态',
      key: 'status',
      width: 220,
      render: (_: unknown, row) => <AccessStatusTag request={row} />,
    },
    ...(onDecide || onRevoke
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_: unknown, row: AccessRequest) => (
              <Flex gap={4} wrap>
                {onDecide && row.status === 'pending' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => onDecide(row)}
                    data-testid="access-decide"
                  >
                    审批
                  </Button>
                )}
                {onRevoke && mayRevoke?.(row) && (
                  <Button
                    size="small"
                    danger
                    onClick={() => onRevoke(row)}
                    data-testid="access-revoke"
                  >
                    撤销授权
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];
}
