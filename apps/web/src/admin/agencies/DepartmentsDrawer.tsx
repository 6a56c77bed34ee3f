import { Alert, Drawer, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { Agency, Department } from '../../api/types.ts';
import { formatDateTime } from '../../common/format.ts';
import { useDepartments } from '../../org/use-departments.ts';
import { DepartmentCreateForm } from './DepartmentCreateForm.tsx';
import { DepartmentName } from './DepartmentName.tsx';

/** The departments (承办机构) of one agency: list, add, rename. */
export function DepartmentsDrawer({
  open,
  agency,
  onClose,
}: {
  open: boolean;
  agency: Agency | null;
  onClose: () => void;
}) {
  const { departments, loading, upsert } = useDepartments(open ? agency?.id : undefined);

  const columns: TableColumnsType<Department> = [
    {
      title: '承办机构名称',
      dataIndex: 'name',
      render: (_: unknown, department) => (
        <DepartmentName department={department} onRenamed={upsert} />
      ),
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (value: string) => formatDateTime(value),
    },
  ];

  return (
    <Drawer
      title={agency ? `承办机构 · ${agency.name}` : '承办机构'}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
    >
      {agency && (
        <Flex vertical gap={16}>
          <Alert
            type="info"
            showIcon
            title="承办机构是机关内具体办理案件的科室、中队或所。执法人员须隶属于一个承办机构。"
          />
          <DepartmentCreateForm agencyId={agency.id} onCreated={upsert} />
          <Table<Department>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={departments}
            loading={loading}
            pagination={false}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    <Flex vertical gap={4}>
                      <span>尚无承办机构</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        在上方输入名称并点击“添加”。
                      </Typography.Text>
                    </Flex>
                  }
                />
              ),
            }}
          />
        </Flex>
      )}
    </Drawer>
  );
}
