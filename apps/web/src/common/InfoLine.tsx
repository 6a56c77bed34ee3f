import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A few "label：value" pairs on one line; plain text, not a table. */
export function InfoLine({ items }: { items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <Flex gap={24} wrap>
      {items.map((item) => (
        <span key={item.label}>
          <Typography.Text type="secondary">{item.label}：</Typography.Text>
          <Typography.Text>{item.value}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
