import { Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { User } from '../../api/types.ts';
import { formatDateTime } from '../../common/format.ts';
import { RoleTags } from '../../common/RoleTags.tsx';

function muted(text: string): ReactNode {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}

function StatusTags({ user }: { user: User }) {
  if (!user.active) return <Tag>已停用</Tag>;
  return (
    <>
      <Tag color="success">在用</Tag>
      {user.mustChangePassword && (
        <Tag color="warning" title="尚未用一次性密码登录并修改密码">
          待改密
        </Tag>
      )}
    </>
  );
}

export function userColumns(lookups: {
  agencyName: (agencyId: string | null) => string | null;
  departmentName: (departmentId: string | null) => string | null;
  actions: (user: User) => ReactNode;
}): TableColumnsType<User> {
  return [
    {
      title: '用户名',
      dataIndex: 'username',
      fixed: 'start',
      render: (username: string) => <Typography.Text code>{username}</Typography.Text>,
    },
    { title: '姓名', dataIndex: 'displayName' },
    {
      title: '执法证件编号',
      dataIndex: 'certificateNumber',
      render: (value: string | null) => value ?? muted('—'),
    },
    {
      title: '执法机关',
      dataIndex: 'agencyId',
      render: (agencyId: string | null) =>
        agencyId === null ? muted('不隶属任何机关') : (lookups.agencyName(agencyId) ?? muted('…')),
    },
    {
      title: '承办机构',
      dataIndex: 'departmentId',
      render: (departmentId: string | null) =>
        departmentId === null ? muted('—') : (lookups.departmentName(departmentId) ?? muted('…')),
    },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (_: unknown, user) => <RoleTags roles={user.roles} />,
    },
    {
      title: '状态',
      dataIndex: 'active',
      render: (_: unknown, user) => <StatusTags user={user} />,
    },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      render: (value: string | null) => (value ? formatDateTime(value) : muted('从未登录')),
    },
    {
      title: '操作',
      key: 'actions',
      width: 180,
      fixed: 'end',
      render: (_: unknown, user) => lookups.actions(user),
    },
  ];
}
