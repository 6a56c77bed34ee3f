import type { Role } from '@liuhen/domain';
import { Button, Result } from 'antd';
import { Outlet, useNavigate } from 'react-router';
import { hasAnyRole, useCurrentUser } from './session-context.ts';

/** Shows 无权访问 instead of the page when the user has none of the roles. */
export function RequireRoles({ anyOf }: { anyOf: readonly Role[] }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  if (hasAnyRole(user, anyOf)) return <Outlet />;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的账号没有访问此页面的权限。如需开通，请联系系统管理员。"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}
