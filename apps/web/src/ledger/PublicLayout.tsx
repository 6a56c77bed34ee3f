import { LoginOutlined } from '@ant-design/icons';
import { Flex, Layout, Typography } from 'antd';
import { Outlet } from 'react-router';
import { PRODUCT_NAME, PRODUCT_SUBTITLE } from '../app/product.ts';
import { LOGIN_PATH } from '../auth/paths.ts';
import { AppLink } from './AppLink.tsx';
import { HEADER_STYLE } from '../layout/header-style.ts';

/** The frame of the pages anyone may open: the product name, and 登录 on the right. */
export function PublicLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={HEADER_STYLE}>
        <Flex align="baseline" gap={8}>
          <Typography.Text strong style={{ fontSize: 20, letterSpacing: 2, color: '#1f4e99' }}>
            {PRODUCT_NAME}
          </Typography.Text>
          <Typography.Text type="secondary">·</Typography.Text>
          <Typography.Text type="secondary">{PRODUCT_SUBTITLE}</Typography.Text>
        </Flex>
        <AppLink to={LOGIN_PATH} testId="public-login">
          <LoginOutlined /> 登录
        </AppLink>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <div style={{ maxWidth: 1200, marginInline: 'auto' }}>
          <Outlet />
        </div>
      </Layout.Content>
    </Layout>
  );
}
