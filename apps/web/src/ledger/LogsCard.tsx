import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import type { LedgerLog } from './ledger-api.ts';
import { logColumns } from './log-columns.tsx';

/** Every log with its latest signed checkpoint, to download or to look back through. */
export function LogsCard({
  logs,
  loading,
  onReload,
  onHistory,
}: {
  logs: readonly LedgerLog[];
  loading: boolean;
  onReload: () => void;
  onHistory: (log: LedgerLog) => void;
}) {
  const columns = useMemo(() => logColumns({ onHistory }), [onHistory]);

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Flex vertical gap={4}>
          <span>暂无检查点</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            系统记下第一次执法行为或查阅后，一秒内即签署第一个检查点。
          </Typography.Text>
        </Flex>
      }
    />
  );

  return (
    <Card
      title="日志与最新检查点"
      extra={
        <Button
          size="small"
          icon={<ReloadOutlined />}
          loading={loading}
          onClick={onReload}
          data-testid="ledger-refresh"
        >
          刷新
        </Button>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<LedgerLog>
        rowKey="logId"
        size="small"
        columns={columns}
        dataSource={logs}
        loading={loading && logs.length === 0}
        pagination={false}
        locale={{ emptyText }}
        data-testid="ledger-logs"
      />
    </Card>
  );
}
