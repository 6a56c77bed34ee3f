import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Button, Calendar, Card, Empty, Flex, List, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { listFindings, type CaseFindingView } from '../api/findings.ts';
import { useReportError } from '../api/use-report-error.ts';
import { chinaDueDay, chinaNow, formatDueBy, toChinaInstant } from '../cases/china-time.ts';
import { FindingSubjectLink } from '../imports/FindingSubjectLink.tsx';
import { CitationTags } from './CitationTags.tsx';
import { WorkingDaysBasis } from './WorkingDaysBasis.tsx';

const DAY = 'YYYY-MM-DD';
const PAGE_SIZE = 200;
/** Enough for any agency's month; the calendar says so if it stops short. */
const MAX_PAGES = 10;
const SHOWN_PER_DAY = 3;

interface MonthDue {
  readonly month: string;
  readonly byDay: ReadonlyMap<string, CaseFindingView[]>;
  readonly truncated: boolean;
}

/**
 * The 待办 findings due from the first of the month (China time) to a fortnight after its
 * end, so the days of the next month shown on the grid have theirs too. The server filters
 * by an upper bound only; the lower one is applied here.
 */
function useMonthDue(month: Dayjs): MonthDue | null {
  const report = useReportError();
  const key = month.format('YYYY-MM');
  const [loaded, setLoaded] = useState<MonthDue | null>(null);
  useEffect(() => {
    let cancelled = false;
    const start = month.startOf('month').subtract(7, 'day');
    const end = month.endOf('month').add(14, 'day');
    const from = start.format(DAY);
    (async () => {
      const byDay = new Map<string, CaseFindingView[]>();
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await listFindings(
          { severities: ['due'], dueBefore: toChinaInstant(end) },
          cursor,
          PAGE_SIZE,
        );
        for (const item of page.items) {
          const day = chinaDueDay(item.dueAt, '');
          if (day < from) continue;
          byDay.set(day, [...(byDay.get(day) ?? []), item]);
        }
        cursor = page.nextCursor ?? undefined;
        pages += 1;
      } while (cursor !== undefined && pages < MAX_PAGES && !cancelled);
      for (const items of byDay.values()) {
        items.sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
      }
      if (!cancelled) setLoaded({ month: key, byDay, truncated: cursor !== undefined });
    })().catch((error: unknown) => {
      if (cancelled) return;
      report(error);
      setLoaded({ month: key, byDay: new Map(), truncated: false });
    });
    return () => {
      cancelled = true;
    };
    // `key` stands for `month`: a new Dayjs of the same month does not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, report]);
  return loaded?.month === key ? loaded : null;
}

/** 期限日历: on each day, the cases with something due that day; click a day for the list. */
export function DueCalendar() {
  const [value, setValue] = useState<Dayjs>(() => chinaNow().startOf('day'));
  const due = useMonthDue(value);
  const today = useMemo(() => chinaNow().format(DAY), []);
  const selectedDay = value.format(DAY);
  const selectedItems = due?.byDay.get(selectedDay) ?? [];

  const cellRender = (date: Dayjs) => {
    const items = due?.byDay.get(date.format(DAY)) ?? [];
    if (items.length === 0) return null;
    return (
      <Flex vertical gap={2} data-testid={`due-day-${date.format(DAY)}`}>
        {items.slice(0, SHOWN_PER_DAY).map((item) => (
          <Badge
            key={item.id}
            status="processing"
            style={{ fontSize: 12, whiteSpace: 'nowrap' }}
            text={
              <span onClick={(event) => event.stopPropagation()}>
                <FindingSubjectLink finding={item} />
              </span>
            }
            title={`${item.caseName ?? '待分配音像'}：${item.message}`}
          />
        ))}
        {items.length > SHOWN_PER_DAY && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            另有 {items.length - SHOWN_PER_DAY} 项
          </Typography.Text>
        )}
      </Flex>
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card size="small" data-testid="due-calendar">
        <WorkingDaysBasis />
        <Spin spinning={due === null}>
          <Calendar
            value={value}
            mode="month"
            onSelect={(date) => setValue(date)}
            onPanelChange={(date) => setValue(date)}
            cellRender={(date, info) => (info.type === 'date' ? cellRender(date) : info.originNode)}
            headerRender={({ value: shown, onChange }) => (
              <Flex justify="space-between" align="center" style={{ padding: '4px 0 12px' }}>
                <Flex gap={8} align="center">
                  <Button
                    size="small"
                    icon={<LeftOutlined />}
                    aria-label="上个月"
                    onClick={() => onChange(shown.subtract(1, 'month').startOf('month'))}
                    data-testid="due-calendar-prev"
                  />
                  <Typography.Text strong style={{ minWidth: 96, textAlign: 'center' }}>
                    {shown.format('YYYY年M月')}
                  </Typography.Text>
                  <Button
                    size="small"
                    icon={<RightOutlined />}
                    aria-label="下个月"
                    onClick={() => onChange(shown.add(1, 'month').startOf('month'))}
                    data-testid="due-calendar-next"
                  />
                  <Button size="small" onClick={() => onChange(chinaNow().startOf('day'))}>
                    今天
                  </Button>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  按北京时间显示各案件待办事项的截止日期
                  {due?.truncated ? '（事项过多，仅显示一部分）' : ''}
                </Typography.Text>
              </Flex>
            )}
          />
        </Spin>
      </Card>
      <Card
        size="small"
        title={`${value.format('M月D日')}${selectedDay === today ? '（今天）' : ''}到期的待办事项`}
        data-testid="due-day-list"
      >
        {selectedItems.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这一天没有到期的待办事项" />
        ) : (
          <List
            size="small"
            dataSource={selectedItems}
            rowKey="id"
            renderItem={(item) => (
              <List.Item
                extra={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    截止 {formatDueBy(item.dueAt)}
                  </Typography.Text>
                }
              >
                <Flex vertical gap={4}>
                  <span>
                    <FindingSubjectLink finding={item} />{' '}
                    <Typography.Text type="secondary">
                      {item.caseName ?? '尚未归入案件'}
                    </Typography.Text>
                  </span>
                  <Typography.Text>{item.message}</Typography.Text>
                  <CitationTags citations={item.citations} />
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
