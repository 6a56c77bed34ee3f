import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Flex, Skeleton, Space, Table, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useCurrentUser } from '../auth/session-context.ts';
import {
  accessHistoryCsvUrl,
  accessHistoryPdfUrl,
  type AccessHistoryItem,
  type AccessRequest,
} from './access-api.ts';
import { accessHistoryColumns } from './access-history-columns.tsx';
import { accessRequestColumns } from './access-request-columns.tsx';
import { mayRevoke } from './access-rules.ts';
import { IDLE, start, stop, type Acting } from './acting.ts';
import { RevokeModal } from './RevokeModal.tsx';
import { useAccessHistory } from './use-access-history.ts';

const historyRow = (item: AccessHistoryItem) =>
  ({
    'data-testid': 'access-history-row',
    'data-actor': item.actor.username,
    'data-action': item.action,
  }) as HTMLAttributes<HTMLElement>;

/**
 * 访问记录 of one case, for those who answer for it (its department head, the agency head,
 * the archivist): the grants given on it, each revocable, and every read and copy from the
 * ledger with the grant it went through; 导出 CSV or PDF for the file.
 */
export function AccessHistoryDrawer({
  open,
  caseId,
  caseNumber,
  names,
  requests,
  canRevoke,
  reloadKey,
  onClose,
  onChanged,
}: {
  open: boolean;
  caseId: string;
  caseNumber: string;
  /** What the page calls the case's material, by id (records by their type). */
  names: ReadonlyMap<string, string>;
  /** The case's 调阅申请 (the page reads them for its own buttons too). */
  requests: readonly AccessRequest[];
  canRevoke: boolean;
  /** Changes when the history should be read again (the page reloaded, the drawer reopened). */
  reloadKey: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const user = useCurrentUser();
  const history = useAccessHistory(caseId, open, reloadKey);
  const [revoking, setRevoking] = useState<Acting>(IDLE);
  const grants = useMemo(
    () => new Map(requests.map((request) => [request.id, request] as const)),
    [requests],
  );
  const requestColumns = useMemo(
    () =>
      accessRequestColumns(false, {
        onRevoke: (request) => setRevoking(start(request)),
        mayRevoke: (request) => mayRevoke(request, user.id, canRevoke),
      }),
    [user.id, canRevoke],
  );
  const allNames = useMemo(
    () => new Map([...names, ...(history?.avNames ?? [])]),
    [names, history],
  );
  const historyColumns = useMemo(
    () => accessHistoryColumns(grants, caseId, allNames),
    [grants, caseId, allNames],
  );
  const newestFirst = useMemo(
    () =>
      history
        ? [...history.items].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.seq - a.seq)
        : [],
    [history],
  );

  return (
    <Drawer
      title={`访问记录 · ${caseNumber}`}
      open={open}
      onClose={onClose}
      size={1040}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            href={accessHistoryCsvUrl(caseId)}
            download
            data-testid="access-history-csv"
          >
            导出 CSV
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            href={accessHistoryPdfUrl(caseId)}
            download
            data-testid="access-history-pdf"
          >
            导出 PDF
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={24} data-testid="access-history">
        <Flex vertical gap={8}>
          <Typography.Text strong>调阅申请与授权（{requests.length}）</Typography.Text>
          <Table<AccessRequest>
            rowKey="id"
            size="small"
            columns={requestColumns}
            dataSource={[...requests]}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本案尚无调阅申请" />
              ),
            }}
            onRow={() =>
              ({ 'data-testid': 'case-access-request-row' }) as HTMLAttributes<HTMLElement>
            }
          />
        </Flex>
        <Flex vertical gap={8}>
          <Typography.Text strong>
            查阅、复制记录{history ? `（${history.items.length}）` : ''}
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {'  '}取自留痕日志，不可修改；经调阅授权的访问注明所依据的授权。
            </Typography.Text>
          </Typography.Text>
          {history === null ? (
            <Skeleton active paragraph={{ rows: 3 }} title={false} />
          ) : (
            <Table<AccessHistoryItem>
              rowKey={(item) => `${item.logId}/${item.seq}`}
              size="small"
              columns={historyColumns}
              dataSource={newestFirst}
              pagination={
                newestFirst.length > 50 ? { pageSize: 50, showSizeChanger: false } : false
              }
              scroll={{ x: 960 }}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无访问记录" />
                ),
              }}
              onRow={historyRow}
            />
          )}
        </Flex>
      </Flex>
      <RevokeModal
        key={revoking.key}
        open={revoking.open}
        request={revoking.request}
        onClose={() => setRevoking(stop)}
        onRevoked={() => {
          setRevoking(stop);
          onChanged();
        }}
      />
    </Drawer>
  );
}
