import { Table, Tag, type TableColumnsType } from 'antd';
import type { HolidayYear } from '../../api/calendar.ts';
import { formatChinaTime } from '../../cases/china-time.ts';
import { ARRANGEMENT_COLUMNS } from './arrangement-columns.tsx';

const COLUMNS: TableColumnsType<HolidayYear> = [
  { title: '年度', dataIndex: 'year', width: 80 },
  { title: '通知', dataIndex: 'notice' },
  { title: '文号', dataIndex: 'documentNumber', width: 180 },
  {
    title: '来源',
    dataIndex: 'source',
    width: 220,
    render: (source: HolidayYear['source'], year) =>
      source === 'built_in' ? (
        <Tag>系统内置</Tag>
      ) : (
        <Tag color="blue">管理员录入 {formatChinaTime(year.enteredAt)}</Tag>
      ),
  },
];

/** The years whose national holidays are known; a row opens to the notice's items. */
export function HolidayYearsTable({ years, loading }: { years: HolidayYear[]; loading: boolean }) {
  return (
    <Table<HolidayYear>
      rowKey="year"
      size="small"
      columns={COLUMNS}
      dataSource={years}
      loading={loading}
      pagination={false}
      data-testid="holiday-years"
      expandable={{
        expandedRowRender: (year) => (
          <Table
            rowKey="festival"
            size="small"
            columns={ARRANGEMENT_COLUMNS}
            dataSource={year.arrangements}
            pagination={false}
          />
        ),
      }}
    />
  );
}
