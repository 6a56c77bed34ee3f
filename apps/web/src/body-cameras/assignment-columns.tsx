import { Tag, Typography, type TableColumnsType } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import type { AssignmentView } from './body-cameras-api.ts';

/** 领用记录: each hand-over, who recorded it and when. */
export const assignmentColumns: TableColumnsType<AssignmentView> = [
  {
    title: '领用人',
    key: 'holder',
    render: (_: unknown, row) =>
      row.holder ? row.holder.displayName : <Tag style={{ marginInlineEnd: 0 }}>归还</Tag>,
  },
  {
    title: '自',
    dataIndex: 'from',
    width: 140,
    render: (value: string) => formatChinaTime(value),
  },
  {
    title: '登记人',
    key: 'recordedBy',
    width: 120,
    render: (_: unknown, row) => row.recordedBy.displayName,
  },
  {
    title: '登记时间',
    dataIndex: 'recordedAt',
    width: 140,
    render: (value: string) => (
      <Typography.Text type="secondary">{formatChinaTime(value)}</Typography.Text>
    ),
  },
];
