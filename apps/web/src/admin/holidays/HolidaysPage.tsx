import { Card, Flex } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { listHolidayYears, type HolidayYear } from '../../api/calendar.ts';
import { useReportError } from '../../api/use-report-error.ts';
import { isPlatformAdmin, useCurrentUser } from '../../auth/session-context.ts';
import { Page } from '../../common/Page.tsx';
import { AgencyLayersCard } from './AgencyLayersCard.tsx';
import { EnterNoticeCard } from './EnterNoticeCard.tsx';
import { HolidayYearsTable } from './HolidayYearsTable.tsx';

/**
 * 系统管理 → 节假日: the national holiday years the working-day deadlines count on, entering
 * a new year from the State Council notice (platform administrator), and the regional days
 * off an agency chooses.
 */
export function HolidaysPage() {
  const user = useCurrentUser();
  const report = useReportError();
  const [years, setYears] = useState<HolidayYear[] | null>(null);

  const load = useCallback(() => {
    listHolidayYears().then(setYears, (error: unknown) => {
      report(error);
      setYears([]);
    });
  }, [report]);
  useEffect(load, [load]);

  return (
    <Page
      title="节假日"
      description="“N 个工作日”的期限按国务院办公厅公布的法定节假日安排计算；尚未录入的年份按周一至周五均为工作日计算，是期限最早可能届满的时间，显示为“暂定”，录入前不认定逾期。"
    >
      <Flex vertical gap={16}>
        <Card size="small" title="已录入的年度安排" styles={{ body: { padding: 0 } }}>
          <HolidayYearsTable years={years ?? []} loading={years === null} />
        </Card>
        {isPlatformAdmin(user) && <EnterNoticeCard onEntered={load} />}
        <AgencyLayersCard />
      </Flex>
    </Page>
  );
}
