import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, type Location } from 'react-router';
import { login } from '../api/auth.ts';
import { ApiError, localProblem, type Problem } from '../api/problem.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { PUBLIC_LEDGER_PATH } from '../ledger/paths.ts';
import { AuthCard } from './AuthCard.tsx';
import { LOGIN_PATH } from './paths.ts';
import { useSession } from './session-context.ts';

interface LoginValues {
  username: string;
  password: string;
}

interface LoginLocationState {
  from?: Location;
  expired?: boolean;
}

export function LoginPage() {
  const { state, signIn } = useSession();
  const location = useLocation();
  const from = (location.state as LoginLocationState | null)?.from;
  const expired = (location.state as LoginLocationState | null)?.expired === true;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (state.status === 'signed-in') {
    const target = from && from.pathname !== LOGIN_PATH ? from : '/';
    return <Navigate to={target} replace />;
  }

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setProblem(null);
    try {
      signIn(await login(values.username.trim(), values.password));
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error.problem
          : localProblem(0, '登录失败', '无法完成登录，请稍后重试。'),
      );
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title="账号登录">
      {problem ? (
        <Alert
          type="error"
          showIcon
          title={problem.title}
          description={problem.detail !== problem.title ? problem.detail : undefined}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      ) : expired ? (
        <Alert type="info" showIcon title="登录已失效，请重新登录。" style={{ marginBottom: 16 }} />
      ) : null}
      <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
        >
          <Input
            prefix={<UserOutlined />}
            autoComplete="username"
            autoFocus
            data-testid="login-username"
          />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            data-testid="login-password"
          />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
            data-testid="login-submit"
          >
            登录
          </Button>
        </Form.Item>
      </Form>
      <Flex justify="center" style={{ marginTop: 16, fontSize: 13 }}>
        <AppLink to={PUBLIC_LEDGER_PATH} testId="public-ledger-link">
          公开留痕检查点
        </AppLink>
      </Flex>
    </AuthCard>
  );
}
