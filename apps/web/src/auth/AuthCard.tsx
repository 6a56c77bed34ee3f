import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { DemoBanner } from '../app/DemoBanner.tsx';
import { PRODUCT_NAME, PRODUCT_SUBTITLE } from '../app/product.ts';

/** The centred card of the pages outside the app shell (login, forced password change). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={24}
      style={{ minHeight: '100vh', padding: 24, background: '#f0f2f5' }}
    >
      <Typography.Title level={3} style={{ margin: 0, fontWeight: 600 }}>
        <span style={{ fontSize: 30, letterSpacing: 2 }}>{PRODUCT_NAME}</span>
        {' · '}
        <span>{PRODUCT_SUBTITLE}</span>
      </Typography.Title>
      <div style={{ width: '100%', maxWidth: 400 }}>
        <DemoBanner />
      </div>
      <Card title={title} style={{ width: '100%', maxWidth: 400 }}>
        {children}
      </Card>
    </Flex>
  );
}
