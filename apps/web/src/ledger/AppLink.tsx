import { Typography } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router';

/**
 * A real link (open in a new tab works) in Ant Design's link style that navigates inside
 * the app on a plain click.
 */
export function AppLink({
  to,
  testId,
  children,
}: {
  to: string;
  testId?: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const href = useHref(to);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    void navigate(to);
  };
  return (
    <Typography.Link href={href} onClick={onClick} data-testid={testId}>
      {children}
    </Typography.Link>
  );
}
