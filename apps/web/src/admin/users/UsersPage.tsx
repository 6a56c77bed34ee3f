import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { User, UserWithOneTimePassword } from '../../api/types.ts';
import { listUsers } from '../../api/users.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { LoadMore } from '../../common/LoadMore.tsx';
import { Page } from '../../common/Page.tsx';
import { useCursorList } from '../../common/use-cursor-list.ts';
import { useDebouncedValue } from '../../common/use-debounced-value.ts';
import { useAgencies } from '../../org/use-agencies.ts';
import { useDepartmentNames } from '../../org/use-department-names.ts';
import { OneTimePasswordModal, type OneTimePasswordNotice } from './OneTimePasswordModal.tsx';
import { userColumns } from './user-columns.tsx';
import { UserCreateDrawer } from './UserCreateDrawer.tsx';
import { UserEditDrawer } from './UserEditDrawer.tsx';
import { UserFilters, type UserFilterValues } from './UserFilters.tsx';
import { UserRowActions } from './UserRowActions.tsx';

const ACTIVE_OF = { active: true, inactive: false, all: undefined } as const;

/** 用户管理: find, create, edit, reset, deactivate and reactivate accounts. */
export function UsersPage() {
  const me = useCurrentUser();
  const { agencies, byId: agencyById } = useAgencies();
  const [filters, setFilters] = useState<UserFilterValues>({
    agencyId: me.agencyId ?? undefined,
    status: 'all',
    search: '',
  });
  const search = useDebouncedValue(filters.search.trim(), 300);
  const { agencyId, status } = filters;
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      listUsers({ agencyId, active: ACTIVE_OF[status], q: search || undefined }, cursor),
    [agencyId, status, search],
  );
  const list = useCursorList(fetchPage);
  const departmentNames = useDepartmentNames(list.items.map((user) => user.agencyId));

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ open: boolean; user: User | null }>({
    open: false,
    user: null,
  });
  const [notice, setNotice] = useState<OneTimePasswordNotice | null>(null);

  const { replace, reload } = list;
  const columns = useMemo(
    () =>
      userColumns({
        agencyName: (id) => (id ? (agencyById.get(id)?.name ?? null) : null),
        departmentName: (id) => (id ? (departmentNames.get(id) ?? null) : null),
        actions: (user) => (
          <UserRowActions
            user={user}
            isSelf={user.id === me.id}
            onEdit={(target) => setEditing({ open: true, user: target })}
            onChanged={replace}
            onPasswordReset={(result) => {
              replace(result.user);
              setNotice({ ...result, title: '密码已重置' });
            }}
          />
        ),
      }),
    [agencyById, departmentNames, me.id, replace],
  );

  const onCreated = (result: UserWithOneTimePassword) => {
    setCreating(false);
    setNotice({ ...result, title: '用户已创建' });
    reload();
  };

  const filtered = Boolean(search) || status !== 'all' || (agencyId && !me.agencyId);
  const emptyText = (
    <Empty
      description={
        <Flex vertical gap={4}>
          <span>{filtered ? '没有符合条件的用户' : '尚无用户'}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {filtered ? '请调整筛选条件后再试。' : '点击右上角“新建用户”添加。'}
          </Typography.Text>
        </Flex>
      }
    />
  );

  return (
    <Page
      title="用户管理"
      description="用户不会被删除；不再使用的账号请停用。"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="user-create"
        >
          新建用户
        </Button>
      }
    >
      <Card styles={{ body: { padding: 0 } }}>
        <div style={{ padding: 16, borderBottom: '1px solid #f0f0f0' }}>
          <UserFilters
            value={filters}
            onChange={setFilters}
            agencies={agencies}
            agencyLocked={me.agencyId !== null}
          />
        </div>
        <Table<User>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText }}
        />
      </Card>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
      <UserCreateDrawer
        open={creating}
        agencies={agencies}
        fixedAgencyId={me.agencyId}
        onClose={() => setCreating(false)}
        onCreated={onCreated}
      />
      <UserEditDrawer
        open={editing.open}
        user={editing.user}
        agencyName={
          editing.user?.agencyId
            ? (agencyById.get(editing.user.agencyId)?.name ?? '—')
            : '不隶属任何机关'
        }
        me={me}
        onClose={() => setEditing((prev) => ({ ...prev, open: false }))}
        onSaved={(user) => {
          replace(user);
          setEditing({ open: false, user });
        }}
      />
      <OneTimePasswordModal notice={notice} onClose={() => setNotice(null)} />
    </Page>
  );
}
