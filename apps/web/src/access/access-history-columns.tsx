import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import type { AccessHistoryItem, AccessRequest } from './access-api.ts';
import { ACCESS_KIND_LABELS } from './access-labels.ts';
import { historyTargetText } from './history-target.ts';

const PURPOSE_LABELS: Readonly<Record<string, string>> = { view: '查看', download: '复制（下载）' };

/** The request's own events (申请, 审批, 撤销) name it; they are not reads under it. */
const isRequestEvent = (action: string) => action.startsWith('access.');

function GrantTag({
  item,
  grants,
}: {
  item: AccessHistoryItem;
  grants: ReadonlyMap<string, AccessRequest>;
}) {
  const { grantId } = item;
  if (isRequestEvent(item.action)) return <Typography.Text type="secondary">—</Typography.Text>;
  if (grantId === null) {
    return <Typography.Text type="secondary">本人职权</Typography.Text>;
  }
  const grant = grants.get(grantId);
  const tag = (
    <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="access-history-grant">
      调阅授权
    </Tag>
  );
  if (!grant) return tag;
  return (
    <Tooltip
      title={`${ACCESS_KIND_LABELS[grant.kind]}：${grant.reason}；${grant.decision?.decidedBy.displayName ?? ''} 批准，有效期至 ${formatChinaTime(grant.decision?.validUntil)}`}
    >
      {tag}
    </Tooltip>
  );
}

/** 访问记录: who read or acted, when, on what, why, and by which right. */
export function accessHistoryColumns(
  grants: ReadonlyMap<string, AccessRequest>,
  caseId: string,
  names: ReadonlyMap<string, string>,
): TableColumnsType<AccessHistoryItem> {
  return [
    {
      title: '时间',
      dataIndex: 'at',
      width: 130,
      render: (value: string) => formatChinaTime(value),
    },
    {
      title: '人员',
      key: 'actor',
      width: 110,
      render: (_: unknown, row) =>
        row.actor.displayName
          ? `${row.actor.displayName}（${row.actor.username}）`
          : row.actor.username || '—',
    },
    { title: '操作', dataIndex: 'label', width: 150 },
    {
      title: '对象',
      dataIndex: 'target',
      render: (value: string | null) => (
        <Tooltip title={value}>
          <span style={{ wordBreak: 'break-all' }}>{historyTargetText(value, caseId, names)}</span>
        </Tooltip>
      ),
    },
    {
      title: '事由',
      key: 'reason',
      width: 170,
      render: (_: unknown, row) => (
        <span>
          {row.purpose && (
            <Typography.Text type="secondary">
              {PURPOSE_LABELS[row.purpose] ?? row.purpose}
              {row.reason ? '：' : ''}
            </Typography.Text>
          )}
          {row.reason ?? (row.purpose ? '' : '—')}
          {row.copyId && (
            <Typography.Text type="secondary" data-testid="access-history-copy">
              {' '}
              （副本 {row.copyId.slice(0, 8)}）
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: '依据',
      key: 'grant',
      width: 96,
      render: (_: unknown, row) => <GrantTag item={row} grants={grants} />,
    },
  ];
}
