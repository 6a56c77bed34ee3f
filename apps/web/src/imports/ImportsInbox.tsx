import { VideoCameraOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Table, Tabs } from 'antd';
import { useCallback, useMemo, useState, type HTMLAttributes } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/session-context.ts';
import { LoadMore } from '../common/LoadMore.tsx';
import { Page } from '../common/Page.tsx';
import { useCursorList } from '../common/use-cursor-list.ts';
import { BodyCamerasDrawer } from '../body-cameras/BodyCamerasDrawer.tsx';
import { useAffiliation } from '../home/use-affiliation.ts';
import { importColumns } from './import-columns.tsx';
import { IMPORT_STATUSES, STATUS_INFO } from './import-labels.ts';
import { ImportedFileDrawer } from './ImportedFileDrawer.tsx';
import { ImportsEmpty } from './ImportsEmpty.tsx';
import { listImportedFiles, type ImportStatus, type ImportedFileView } from './imports-api.ts';
import { useImportCounts } from './use-import-counts.ts';
import { useNow } from './use-now.ts';

function statusOf(value: string | null): ImportStatus {
  return IMPORT_STATUSES.find((status) => status === value) ?? 'unassigned';
}

/**
 * The agency's imports: what the collection station brought in, by where it stands —
 * 待分配 (no case found; a deadline runs), 待登记 (on a case, to be registered), 已登记,
 * 已排除. The tab and an open file live in the address (`?status=`, `?file=`), so a finding
 * can link to a file.
 */
export function ImportsInbox({ agencyId }: { agencyId: string }) {
  const user = useCurrentUser();
  const affiliation = useAffiliation(user);
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const fileId = params.get('file');
  const now = useNow();
  const [refreshKey, setRefreshKey] = useState(0);
  const counts = useImportCounts(refreshKey);
  const [bodyCamerasOpen, setBodyCamerasOpen] = useState(false);

  const setParam = useCallback(
    (key: 'status' | 'file', value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === null) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const fetchPage = useCallback(
    (cursor: string | undefined) => listImportedFiles(status, cursor),
    [status],
  );
  const list = useCursorList(fetchPage);
  const columns = useMemo(
    () => importColumns(now, (file) => setParam('file', file.id)),
    [now, setParam],
  );

  const onChanged = (file: ImportedFileView) => {
    // It has moved to another tab: the lists and the counts follow.
    if (file.status === status) list.replace(file);
    else list.reload();
    setRefreshKey((key) => key + 1);
  };

  return (
    <Page
      title="音像导入"
      description="采集站导入的执法记录仪音像：按拍摄时的领用人和案件办理时间归入案件，待承办人登记；无法归入的须在期限内分配或排除。"
      extra={
        <Button
          icon={<VideoCameraOutlined />}
          onClick={() => setBodyCamerasOpen(true)}
          data-testid="imports-body-cameras"
        >
          执法记录仪
        </Button>
      }
    >
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={status}
          onChange={(key) => setParam('status', key)}
          items={IMPORT_STATUSES.map((key) => ({
            key,
            label: (
              <Flex
                gap={6}
                align="center"
                data-testid={`imports-tab-${key}`}
                data-count={counts[key]}
              >
                {STATUS_INFO[key].label}
                <Badge
                  count={counts[key]}
                  overflowCount={9999}
                  showZero
                  color={key === 'unassigned' && (counts[key] ?? 0) > 0 ? 'orange' : '#bfbfbf'}
                />
              </Flex>
            ),
          }))}
        />
        <Table<ImportedFileView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 1060 }}
          locale={{ emptyText: <ImportsEmpty status={status} /> }}
          onRow={(file) =>
            ({
              'data-testid': 'import-row',
              'data-file-name': file.fileName,
            }) as HTMLAttributes<HTMLElement>
          }
          data-testid="imports-table"
        />
      </Card>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
      <ImportedFileDrawer
        fileId={fileId}
        now={now}
        onClose={() => setParam('file', null)}
        onChanged={onChanged}
      />
      <BodyCamerasDrawer
        open={bodyCamerasOpen}
        agency={{ id: agencyId, name: affiliation?.agencyName ?? '本机关' }}
        onClose={() => setBodyCamerasOpen(false)}
      />
    </Page>
  );
}
