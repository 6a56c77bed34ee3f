import { Button, Space, type TableColumnsType } from 'antd';
import type { Agency } from '../../api/types.ts';
import { formatDateTime } from '../../common/format.ts';

export function agencyColumns(actions: {
  onDepartments: (agency: Agency) => void;
  onEdit: (agency: Agency) => void;
}): TableColumnsType<Agency> {
  return [
    { title: '名称', dataIndex: 'name', ellipsis: true },
    { title: '机关代字', dataIndex: 'code', width: 140 },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 170,
      render: (value: string) => formatDateTime(value),
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, agency) => (
        // Clicks here must not also count as a row click.
        <Space size={0} onClick={(event) => event.stopPropagation()}>
          <Button
            type="link"
            size="small"
            onClick={() => actions.onDepartments(agency)}
            data-testid={`agency-departments-${agency.code}`}
          >
            承办机构
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => actions.onEdit(agency)}
            data-testid={`agency-edit-${agency.code}`}
          >
            修改
          </Button>
        </Space>
      ),
    },
  ];
}
