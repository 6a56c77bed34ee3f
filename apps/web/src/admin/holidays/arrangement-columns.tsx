import { Typography, type TableColumnsType } from 'antd';
import type { HolidayYear } from '../../api/calendar.ts';

type Arrangement = HolidayYear['arrangements'][number];

/** "2027-02-05 至 2027-02-12" — one day is shown once. */
function range(arrangement: Arrangement): string {
  return arrangement.from === arrangement.to
    ? arrangement.from
    : `${arrangement.from} 至 ${arrangement.to}`;
}

/** A notice's items as the notice states them: days off (共 N 天) and 调休上班 days. */
export const ARRANGEMENT_COLUMNS: TableColumnsType<Arrangement> = [
  { title: '节日', dataIndex: 'festival', width: 140 },
  {
    title: '放假',
    key: 'off',
    render: (_: unknown, arrangement) => `${range(arrangement)}（共 ${arrangement.days} 天）`,
  },
  {
    title: '调休上班',
    dataIndex: 'workdays',
    render: (workdays: string[]) =>
      workdays.length === 0 ? (
        <Typography.Text type="secondary">不调休</Typography.Text>
      ) : (
        workdays.join('、')
      ),
  },
];
