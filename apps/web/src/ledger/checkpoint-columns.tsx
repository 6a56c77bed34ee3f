import { Button, Typography, type TableColumnsType } from 'antd';
import { downloadCheckpoint } from './download-checkpoint.ts';
import { HashText } from './HashText.tsx';
import { formatSignedAt, MONOSPACE } from './ledger-format.ts';
import type { CheckpointRow } from './use-checkpoint-history.ts';

export const checkpointColumns: TableColumnsType<CheckpointRow> = [
  {
    title: '树大小',
    key: 'treeSize',
    width: 90,
    align: 'right',
    render: (_: unknown, { checkpoint }) => checkpoint.treeSize.toLocaleString('zh-CN'),
  },
  {
    title: '根哈希',
    key: 'rootHash',
    render: (_: unknown, { checkpoint }) => <HashText value={checkpoint.rootHash} />,
  },
  {
    title: '签名时间',
    key: 'time',
    width: 170,
    render: (_: unknown, { checkpoint }) => formatSignedAt(checkpoint.time),
  },
  {
    title: '密钥',
    key: 'keyId',
    width: 150,
    render: (_: unknown, { checkpoint }) => (
      <Typography.Text type="secondary" style={{ fontFamily: MONOSPACE, fontSize: 12 }}>
        {checkpoint.keyId}
      </Typography.Text>
    ),
  },
  {
    title: '操作',
    key: 'actions',
    width: 70,
    render: (_: unknown, { checkpoint }) => (
      <Button
        type="link"
        size="small"
        onClick={() => downloadCheckpoint(checkpoint)}
        data-testid={`checkpoint-download-${checkpoint.treeSize}`}
      >
        下载
      </Button>
    ),
  },
];
