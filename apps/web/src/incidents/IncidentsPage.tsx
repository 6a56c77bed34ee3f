import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Result, Table, Typography } from 'antd';
import { useCallback, useMemo, useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/session-context.ts';
import { LoadMore } from '../common/LoadMore.tsx';
import { Page } from '../common/Page.tsx';
import { useCursorList } from '../common/use-cursor-list.ts';
import { useDebouncedValue } from '../common/use-debounced-value.ts';
import { incidentColumns } from './incident-columns.tsx';
import { listIncidents, type IncidentView } from './incidents-api.ts';
import { incidentPath } from './paths.ts';
import { RegisterIncidentDrawer } from './RegisterIncidentDrawer.tsx';

/**
 * 事件: what recordings are of when they are of no case — 重大突发事件、群体性事件, 专项行动
 * (004 第十二条(十)(十一)). Registered here; files are placed on them from 音像导入.
 */
export function IncidentsPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const [registering, setRegistering] = useState(false);
  const fetchPage = useCallback(
    (cursor: string | undefined) => listIncidents(q || undefined, cursor),
    [q],
  );
  const list = useCursorList(fetchPage);
  const columns = useMemo(() => incidentColumns(), []);

  if (user.agencyId === null) {
    return (
      <Result
        status="info"
        title="事件属于执法机关的工作"
        subTitle="各机关登记本机关处置的突发事件、群体性事件和专项行动，并将相关音像分配到事件。"
      />
    );
  }

  return (
    <Page
      title="事件"
      description="处置重大突发事件、群体性事件，开展专项行动等不属于案件的执法活动。其音像在“音像导入”中分配到事件，以事件名称标识（004 第十八条）。"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setRegistering(true)}
          data-testid="incident-register"
        >
          登记事件
        </Button>
      }
    >
      <Card>
        <Flex vertical gap={12}>
          <Input.Search
            allowClear
            placeholder="按事件名称搜索"
            value={text}
            onChange={(event) => setText(event.target.value)}
            style={{ maxWidth: 320 }}
            data-testid="incident-search"
          />
          <Table<IncidentView>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            onRow={(incident) =>
              ({
                'data-testid': 'incident-row',
                'data-name': incident.name,
              }) as HTMLAttributes<HTMLElement>
            }
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    <Flex vertical gap={4}>
                      <span>{q ? '没有符合的事件' : '尚未登记事件'}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        处置突发事件、群体性事件或开展专项行动时拍摄的音像不属于任何案件，请先登记事件，再在“音像导入”中分配到事件。
                      </Typography.Text>
                    </Flex>
                  }
                />
              ),
            }}
            data-testid="incidents-table"
          />
        </Flex>
      </Card>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
      <RegisterIncidentDrawer
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(incident) => {
          setRegistering(false);
          void navigate(incidentPath(incident.id));
        }}
      />
    </Page>
  );
}
