import { Button, Popconfirm, Space, Tooltip } from 'antd';
import type { User, UserWithOneTimePassword } from '../../api/types.ts';
import { deactivateUser, reactivateUser, resetPassword } from '../../api/users.ts';
import { useReportError } from '../../api/use-report-error.ts';

/** 编辑 · 重置密码 · 停用/恢复. Users are never deleted. */
export function UserRowActions({
  user,
  isSelf,
  onEdit,
  onChanged,
  onPasswordReset,
}: {
  user: User;
  isSelf: boolean;
  onEdit: (user: User) => void;
  onChanged: (user: User) => void;
  onPasswordReset: (result: UserWithOneTimePassword) => void;
}) {
  const report = useReportError();
  const run = async <T,>(call: () => Promise<T>, then: (result: T) => void) => {
    try {
      then(await call());
    } catch (error) {
      report(error);
    }
  };

  return (
    <Space size={0}>
      <Button
        type="link"
        size="small"
        onClick={() => onEdit(user)}
        data-testid={`user-edit-${user.username}`}
      >
        编辑
      </Button>
      <Popconfirm
        title="重置该用户的密码？"
        description="将生成新的一次性密码，该用户已登录的会话全部失效。"
        okText="重置"
        onConfirm={() => run(() => resetPassword(user.id), onPasswordReset)}
      >
        <Button type="link" size="small" data-testid={`user-reset-${user.username}`}>
          重置密码
        </Button>
      </Popconfirm>
      {user.active ? (
        <Popconfirm
          title={`停用“${user.displayName}”？`}
          description="用户不会被删除，停用后无法登录。可随时恢复。"
          okText="停用"
          okButtonProps={{ danger: true }}
          disabled={isSelf}
          onConfirm={() => run(() => deactivateUser(user.id), onChanged)}
        >
          <Tooltip title={isSelf ? '不能停用自己的账号' : undefined}>
            <Button
              type="link"
              size="small"
              danger
              disabled={isSelf}
              data-testid={`user-deactivate-${user.username}`}
            >
              停用
            </Button>
          </Tooltip>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={`恢复“${user.displayName}”？`}
          description="恢复后该用户可以重新登录。"
          okText="恢复"
          onConfirm={() => run(() => reactivateUser(user.id), onChanged)}
        >
          <Button type="link" size="small" data-testid={`user-reactivate-${user.username}`}>
            恢复
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
