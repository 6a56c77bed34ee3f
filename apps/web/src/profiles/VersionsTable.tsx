import { Table, Tag } from 'antd';
import type { AgencyProfileOverview } from '../api/agency-profiles.ts';
import { formatDateTime } from '../common/format.ts';

type Version = NonNullable<AgencyProfileOverview['own']>['versions'][number];

/** Every saved version, newest first; none is ever changed, so each can be looked at again. */
export function VersionsTable({
  versions,
  selected,
  onSelect,
}: {
  versions: readonly Version[];
  selected: number;
  onSelect: (version: number) => void;
}) {
  const newest = versions[0]?.version;
  return (
    <Table<Version>
      data-testid="profile-versions"
      size="small"
      pagination={false}
      rowKey="version"
      dataSource={[...versions]}
      rowClassName={(row) => (row.version === selected ? 'ant-table-row-selected' : '')}
      onRow={(row) =>
        ({
          onClick: () => onSelect(row.version),
          style: { cursor: 'pointer' },
          'data-testid': `profile-version-${row.version}`,
        }) as never
      }
      columns={[
        {
          title: '版本',
          key: 'version',
          width: 120,
          render: (_, row) => (
            <>
              第 {row.version} 版 {row.version === newest && <Tag color="blue">现行</Tag>}
            </>
          ),
        },
        { title: '修改说明', dataIndex: 'note' },
        { title: '保存人', dataIndex: 'createdByName', width: 100 },
        {
          title: '保存时间',
          key: 'createdAt',
          width: 170,
          render: (_, row) => formatDateTime(row.createdAt),
        },
      ]}
    />
  );
}
