import { Badge, Card, Empty, Flex, Table, Tabs, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/session-context.ts';
import { Page } from '../common/Page.tsx';
import type { AccessRequest } from './access-api.ts';
import { IDLE, start, stop, type Acting } from './acting.ts';
import { ACCESS_BASIS } from './access-labels.ts';
import { accessRequestColumns } from './access-request-columns.tsx';
import { mayRevoke } from './access-rules.ts';
import { DecisionModal } from './DecisionModal.tsx';
import type { AccessTab } from './paths.ts';
import { RevokeModal } from './RevokeModal.tsx';
import { useMyAccessRequests } from './use-my-access-requests.ts';

function tabOf(value: string | null, waiting: number): AccessTab {
  if (value === 'mine' || value === 'to-decide') return value;
  // A head with requests waiting lands on them.
  return waiting > 0 ? 'to-decide' : 'mine';
}

const rowProps = (request: AccessRequest) =>
  ({
    'data-testid': 'access-request-row',
    'data-status': request.status,
  }) as HTMLAttributes<HTMLElement>;

/**
 * 调阅申请: 我的申请 (what I asked for, where each stands, 撤销授权 to give a grant up) and
 * 待我审批 (requests on cases I answer for, with 审批). Requests are made on the case page.
 */
export function AccessRequestsPage() {
  const user = useCurrentUser();
  const { mine, toDecide, loading, reload } = useMyAccessRequests();
  const [params, setParams] = useSearchParams();
  const waiting = toDecide?.length ?? 0;
  const tab = tabOf(params.get('tab'), waiting);
  const [deciding, setDeciding] = useState<Acting>(IDLE);
  const [revoking, setRevoking] = useState<Acting>(IDLE);

  const mineColumns = useMemo(
    () =>
      accessRequestColumns(true, {
        onRevoke: (request) => setRevoking(start(request)),
        mayRevoke: (request) => mayRevoke(request, user.id, false),
      }),
    [user.id],
  );
  const decideColumns = useMemo(
    () =>
      accessRequestColumns(true, {
        onDecide: (request) => setDeciding(start(request)),
      }),
    [],
  );

  const rows = tab === 'mine' ? mine : toDecide;
  const empty =
    tab === 'mine' ? (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Flex vertical gap={4}>
            <span>尚未提交调阅申请</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              需要查看、复制超出本人权限的执法记录资料时，在案件页的音像记录或“申请调阅”中提交。
            </Typography.Text>
          </Flex>
        }
      />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待您审批的调阅申请" />
    );

  return (
    <Page title="调阅申请" description={ACCESS_BASIS}>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'mine',
              label: <span data-testid="access-tab-mine">我的申请</span>,
            },
            {
              key: 'to-decide',
              label: (
                <Flex
                  gap={6}
                  align="center"
                  data-testid="access-tab-to-decide"
                  data-count={waiting}
                >
                  待我审批
                  <Badge count={waiting} showZero color={waiting > 0 ? 'blue' : '#bfbfbf'} />
                </Flex>
              ),
            },
          ]}
        />
        <Table<AccessRequest>
          rowKey="id"
          size="small"
          columns={tab === 'mine' ? mineColumns : decideColumns}
          dataSource={rows ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: rows === null ? ' ' : empty }}
          onRow={rowProps}
          data-testid={`access-table-${tab}`}
        />
      </Card>
      <DecisionModal
        key={`decide-${deciding.key}`}
        open={deciding.open}
        request={deciding.request}
        onClose={() => setDeciding(stop)}
        onDecided={() => {
          setDeciding(stop);
          reload();
        }}
      />
      <RevokeModal
        key={`revoke-${revoking.key}`}
        open={revoking.open}
        request={revoking.request}
        onClose={() => setRevoking(stop)}
        onRevoked={() => {
          setRevoking(stop);
          reload();
        }}
      />
    </Page>
  );
}
