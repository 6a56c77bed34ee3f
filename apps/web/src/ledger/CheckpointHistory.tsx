import { Empty, Flex, Table } from 'antd';
import { InfoLine } from '../common/InfoLine.tsx';
import { LoadMore } from '../common/LoadMore.tsx';
import { checkpointColumns } from './checkpoint-columns.tsx';
import { HashText } from './HashText.tsx';
import type { LedgerLog } from './ledger-api.ts';
import { HASH_ALGORITHM_LABEL } from './ledger-format.ts';
import { useCheckpointHistory, type CheckpointRow } from './use-checkpoint-history.ts';

/** The checkpoints of one log, newest first, with 加载更多 for older ones. */
export function CheckpointHistory({ log }: { log: LedgerLog }) {
  const list = useCheckpointHistory(log.logId);
  return (
    <Flex vertical gap={16}>
      <InfoLine
        items={[
          { label: '日志标识', value: <HashText value={log.logId} visible={64} /> },
          { label: '哈希算法', value: HASH_ALGORITHM_LABEL[log.hashAlgorithm] },
        ]}
      />
      <div>
        <Table<CheckpointRow>
          rowKey="id"
          size="small"
          columns={checkpointColumns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无检查点" />,
          }}
          data-testid="checkpoint-history"
        />
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          count={list.items.length}
          onLoadMore={list.loadMore}
        />
      </div>
    </Flex>
  );
}
