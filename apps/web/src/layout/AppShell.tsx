import { Layout, Typography } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { DemoBanner } from '../app/DemoBanner.tsx';
import { PRODUCT_NAME, PRODUCT_SUBTITLE } from '../app/product.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { NavMenu } from './NavMenu.tsx';
import { UserMenu } from './UserMenu.tsx';
import { HEADER_HEIGHT, HEADER_STYLE } from './header-style.ts';

/** The signed-in frame: menu on the left, user on the top right, the page in between. */
export function AppShell() {
  const user = useCurrentUser();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={208}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        style={{ borderInlineEnd: '1px solid #f0f0f0' }}
      >
        <div
          style={{
            height: HEADER_HEIGHT,
            display: 'flex',
            alignItems: 'center',
            justifyContent: collapsed ? 'center' : 'flex-start',
            paddingInline: collapsed ? 0 : 24,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text strong style={{ fontSize: 20, letterSpacing: 2, color: '#1f4e99' }}>
            {PRODUCT_NAME}
          </Typography.Text>
        </div>
        <NavMenu roles={user.roles} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={HEADER_STYLE}>
          <Typography.Text type="secondary">{PRODUCT_SUBTITLE}</Typography.Text>
          <UserMenu user={user} />
        </Layout.Header>
        <DemoBanner />
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
