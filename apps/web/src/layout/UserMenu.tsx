import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import type { User } from '../api/types.ts';
import { RoleTags } from '../common/RoleTags.tsx';
import { CHANGE_PASSWORD_PATH } from '../auth/paths.ts';
import { useLogout } from '../auth/use-logout.ts';

/** The header's right side: who is signed in, with 修改密码 and 退出登录. */
export function UserMenu({ user }: { user: User }) {
  const navigate = useNavigate();
  const logout = useLogout();

  const items: MenuProps['items'] = [
    {
      key: 'change-password',
      icon: <KeyOutlined />,
      label: <span data-testid="change-password">修改密码</span>,
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="logout">退出登录</span>,
    },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'change-password') void navigate(CHANGE_PASSWORD_PATH);
    if (key === 'logout') void logout();
  };

  return (
    <Flex align="center" gap={12}>
      <span className="liuhen-header-roles" aria-label="角色">
        <RoleTags roles={user.roles} />
      </span>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <a
          role="button"
          tabIndex={0}
          data-testid="user-menu"
          onClick={(event) => event.preventDefault()}
          style={{ color: 'inherit', display: 'inline-flex', alignItems: 'center', gap: 8 }}
        >
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1f4e99' }} />
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <DownOutlined style={{ fontSize: 10, color: '#8c8c8c' }} />
        </a>
      </Dropdown>
    </Flex>
  );
}
