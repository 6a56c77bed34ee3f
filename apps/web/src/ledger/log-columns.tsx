import { Button, Space, Typography, type TableColumnsType } from 'antd';
import { downloadCheckpoint } from './download-checkpoint.ts';
import { HashText } from './HashText.tsx';
import type { LedgerLog } from './ledger-api.ts';
import { formatSignedAt, HASH_ALGORITHM_LABEL } from './ledger-format.ts';
import { LogName } from './LogName.tsx';

const notYet = <Typography.Text type="secondary">尚未签名</Typography.Text>;

export function logColumns(actions: { onHistory: (log: LedgerLog) => void }) {
  const columns: TableColumnsType<LedgerLog> = [
    {
      title: '日志',
      dataIndex: 'logId',
      width: 260,
      render: (logId: string) => <LogName logId={logId} />,
    },
    {
      title: '哈希算法',
      dataIndex: 'hashAlgorithm',
      width: 100,
      render: (algorithm: LedgerLog['hashAlgorithm']) => HASH_ALGORITHM_LABEL[algorithm],
    },
    {
      title: '条目数',
      key: 'treeSize',
      width: 100,
      align: 'right',
      render: (_: unknown, log) => log.latestCheckpoint?.treeSize.toLocaleString('zh-CN') ?? '—',
    },
    {
      title: '根哈希',
      key: 'rootHash',
      render: (_: unknown, log) =>
        log.latestCheckpoint ? (
          <HashText value={log.latestCheckpoint.rootHash} visible={24} />
        ) : (
          notYet
        ),
    },
    {
      title: '签名时间',
      key: 'time',
      width: 170,
      render: (_: unknown, log) =>
        log.latestCheckpoint ? formatSignedAt(log.latestCheckpoint.time) : '—',
    },
    {
      title: '操作',
      key: 'actions',
      width: 160,
      render: (_: unknown, log) => {
        const checkpoint = log.latestCheckpoint;
        return (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              disabled={!checkpoint}
              onClick={() => checkpoint && downloadCheckpoint(checkpoint)}
              data-testid={`ledger-download-${log.logId}`}
            >
              下载检查点
            </Button>
            <Button
              type="link"
              size="small"
              onClick={() => actions.onHistory(log)}
              data-testid={`ledger-history-${log.logId}`}
            >
              历史
            </Button>
          </Space>
        );
      },
    },
  ];
  return columns;
}
