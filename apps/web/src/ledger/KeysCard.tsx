import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { formatDateTime } from '../common/format.ts';
import type { LedgerKey } from './ledger-api.ts';
import { MONOSPACE, SIGNATURE_ALGORITHM_LABEL } from './ledger-format.ts';

const mono = { fontFamily: MONOSPACE, fontSize: 12 };

const columns: TableColumnsType<LedgerKey> = [
  {
    title: '密钥标识',
    dataIndex: 'keyId',
    width: 180,
    render: (keyId: string) => <Typography.Text style={mono}>{keyId}</Typography.Text>,
  },
  {
    title: '算法',
    dataIndex: 'algorithm',
    width: 100,
    render: (algorithm: LedgerKey['algorithm']) => SIGNATURE_ALGORITHM_LABEL[algorithm],
  },
  {
    title: '公钥',
    dataIndex: 'publicKey',
    render: (publicKey: string) => (
      <Typography.Text
        copyable={{ text: publicKey, tooltips: ['复制公钥', '已复制'] }}
        style={{ ...mono, wordBreak: 'break-all' }}
      >
        {publicKey}
      </Typography.Text>
    ),
  },
  {
    title: '启用时间',
    dataIndex: 'createdAt',
    width: 170,
    render: (value: string) => formatDateTime(value),
  },
];

/** The keys that sign checkpoints; each checkpoint names its key by 密钥标识. */
export function KeysCard({ keys, loading }: { keys: readonly LedgerKey[]; loading: boolean }) {
  return (
    <Card
      title="签名公钥"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          检查点的签名可用这些公钥核验
        </Typography.Text>
      }
      styles={{ body: { padding: 0 } }}
      data-testid="ledger-keys"
    >
      <Table<LedgerKey>
        rowKey="keyId"
        size="small"
        columns={columns}
        dataSource={keys}
        loading={loading && keys.length === 0}
        pagination={false}
        locale={{ emptyText: '暂无签名公钥' }}
      />
    </Card>
  );
}
