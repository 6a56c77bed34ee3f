import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { Page } from '../common/Page.tsx';
import { DueCalendar } from './DueCalendar.tsx';
import { FindingsTable } from './FindingsTable.tsx';
import { FINDINGS_CALENDAR_PATH, FINDINGS_PATH } from './paths.ts';

/**
 * 检查发现: what the rules say about every case the user may read, as a list with filters
 * (发现清单) and the coming deadlines on a month calendar (期限日历).
 */
export function FindingsPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const calendar = pathname.replace(/\/$/, '') === FINDINGS_CALENDAR_PATH;
  return (
    <Page
      title="检查发现"
      description="各案件按适用的执法全过程记录制度检查出的缺失、违规、待办和无法判断事项。"
    >
      <Tabs
        activeKey={calendar ? 'calendar' : 'list'}
        onChange={(key) =>
          void navigate(key === 'calendar' ? FINDINGS_CALENDAR_PATH : FINDINGS_PATH)
        }
        items={[
          {
            key: 'list',
            label: <span data-testid="findings-tab-list">发现清单</span>,
            children: <FindingsTable />,
          },
          {
            key: 'calendar',
            label: <span data-testid="findings-tab-calendar">期限日历</span>,
            children: <DueCalendar />,
          },
        ]}
        destroyOnHidden
      />
    </Page>
  );
}
