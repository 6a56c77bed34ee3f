import { PASSWORD_MIN_LENGTH } from '@liuhen/domain';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { changePassword } from '../api/auth.ts';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { AuthCard } from './AuthCard.tsx';
import { PasswordRules } from './PasswordRules.tsx';
import { confirmMatchesRule, differsFromCurrentRule, newPasswordRule } from './password-rules.ts';
import { useCurrentUser, useSession } from './session-context.ts';
import { useLogout } from './use-logout.ts';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;
const ERROR_OPTIONS = { fields: SERVER_FIELDS };

export function ChangePasswordPage() {
  const user = useCurrentUser();
  const { updateUser } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [submitting, setSubmitting] = useState(false);
  const forced = user.mustChangePassword;

  const onFinish = async (values: ChangePasswordValues) => {
    setSubmitting(true);
    try {
      const updated = await changePassword(values.currentPassword, values.newPassword);
      updateUser(updated);
      void message.success('密码已修改');
      await navigate('/', { replace: true });
    } catch (error) {
      onError(error);
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title="修改密码">
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="请先修改密码"
          description="您正在使用一次性密码。设置自己的新密码后才能继续使用系统。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark={false}
      >
        <Form.Item
          label={forced ? '当前密码（一次性密码）' : '当前密码'}
          name="currentPassword"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password
            autoComplete="current-password"
            autoFocus
            data-testid="change-current-password"
          />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          dependencies={['currentPassword']}
          rules={[newPasswordRule(user.username, true), differsFromCurrentRule]}
        >
          <Input.Password
            autoComplete="new-password"
            placeholder={`至少 ${PASSWORD_MIN_LENGTH} 个字符`}
            data-testid="change-new-password"
          />
        </Form.Item>
        <PasswordRules password={newPassword} username={user.username} />
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[confirmMatchesRule]}
        >
          <Input.Password autoComplete="new-password" data-testid="change-confirm-password" />
        </Form.Item>
        <Flex gap={8} justify="space-between" align="center">
          {forced ? (
            <Button type="link" onClick={() => void logout()} style={{ paddingInline: 0 }}>
              退出登录
            </Button>
          ) : (
            <Button
              onClick={() => void (location.key === 'default' ? navigate('/') : navigate(-1))}
            >
              取消
            </Button>
          )}
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="change-submit">
            修改密码
          </Button>
        </Flex>
      </Form>
    </AuthCard>
  );
}
