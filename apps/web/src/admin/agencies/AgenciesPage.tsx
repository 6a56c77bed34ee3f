import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import {
  listAgenciesWithProfile,
  useProfiles,
  type AgencyWithProfile,
} from '../../api/profiles.ts';
import { isPlatformAdmin, useCurrentUser } from '../../auth/session-context.ts';
import { LoadMore } from '../../common/LoadMore.tsx';
import { Page } from '../../common/Page.tsx';
import { useCursorList } from '../../common/use-cursor-list.ts';
import { agencyColumns } from './agency-columns.tsx';
import { AgencyFormDrawer } from './AgencyFormDrawer.tsx';
import { BodyCamerasDrawer } from '../../body-cameras/BodyCamerasDrawer.tsx';
import { DepartmentsDrawer } from './DepartmentsDrawer.tsx';

const CLOSED_FORM = { open: false, agency: null };

/** 执法机关: the agencies, each with its departments. Only a platform admin creates agencies. */
export function AgenciesPage() {
  const user = useCurrentUser();
  const canCreate = isPlatformAdmin(user);
  const fetchPage = useCallback(
    (cursor: string | undefined) => listAgenciesWithProfile(cursor),
    [],
  );
  const list = useCursorList(fetchPage);
  const { profiles, byId: profileById } = useProfiles();
  // Kept while a drawer closes, so its content does not change during the animation.
  const [form, setForm] = useState<{ open: boolean; agency: AgencyWithProfile | null }>(
    CLOSED_FORM,
  );
  const [departments, setDepartments] = useState<{
    open: boolean;
    agency: AgencyWithProfile | null;
  }>(CLOSED_FORM);
  const [bodyCameras, setBodyCameras] = useState<{
    open: boolean;
    agency: AgencyWithProfile | null;
  }>(CLOSED_FORM);

  const columns = useMemo(
    () =>
      agencyColumns({
        profileOf: (id) => (id === null ? undefined : profileById.get(id)),
        onDepartments: (agency) => setDepartments({ open: true, agency }),
        onBodyCameras: (agency) => setBodyCameras({ open: true, agency }),
        onEdit: (agency) => setForm({ open: true, agency }),
      }),
    [profileById],
  );

  const onSaved = (agency: AgencyWithProfile, created: boolean) => {
    setForm((prev) => ({ ...prev, open: false }));
    if (created) list.reload();
    else list.replace(agency);
  };

  const emptyText = (
    <Empty
      description={
        <Flex vertical gap={4}>
          <span>尚无执法机关</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {canCreate
              ? '点击右上角“新建执法机关”添加第一个机关并选择其适用制度，再为它添加承办机构和用户。'
              : '您的账号尚未关联执法机关，请联系平台系统管理员。'}
          </Typography.Text>
        </Flex>
      }
    />
  );

  return (
    <Page
      title="执法机关"
      description="点击一行查看并管理该机关的承办机构，“执法记录仪”登记设备及其领用；“适用制度”决定该机关的案件按哪部全过程记录制度检查。"
      extra={
        canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setForm({ open: true, agency: null })}
            data-testid="agency-create"
          >
            新建执法机关
          </Button>
        )
      }
    >
      <Card styles={{ body: { padding: 0 } }}>
        <Table<AgencyWithProfile>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          locale={{ emptyText }}
          onRow={(agency) => ({
            onClick: () => setDepartments({ open: true, agency }),
            style: { cursor: 'pointer' },
          })}
        />
      </Card>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
      <AgencyFormDrawer
        open={form.open}
        agency={form.agency}
        profiles={profiles}
        onClose={() => setForm((prev) => ({ ...prev, open: false }))}
        onSaved={onSaved}
      />
      <DepartmentsDrawer
        open={departments.open}
        agency={departments.agency}
        onClose={() => setDepartments((prev) => ({ ...prev, open: false }))}
      />
      <BodyCamerasDrawer
        open={bodyCameras.open}
        agency={bodyCameras.agency}
        onClose={() => setBodyCameras((prev) => ({ ...prev, open: false }))}
      />
    </Page>
  );
}
