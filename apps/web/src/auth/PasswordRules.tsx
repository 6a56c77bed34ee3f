import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES, type PasswordProblem } from '@liuhen/domain';
import { Flex, Typography } from 'antd';

/** The rules always worth showing; `too_long` appears only when it is broken. */
const SHOWN: readonly PasswordProblem[] = ['too_short', 'too_few_kinds', 'contains_username'];

/** The password policy from @liuhen/domain, ticked off live as the user types. */
export function PasswordRules({ password, username }: { password: string; username: string }) {
  const problems = checkPassword(password, username);
  const rules = problems.includes('too_long') ? [...SHOWN, 'too_long' as const] : SHOWN;
  return (
    <Flex vertical gap={2} style={{ marginBottom: 16 }} data-testid="password-rules">
      <Typography.Text type="secondary">新密码须符合：</Typography.Text>
      {rules.map((rule) => {
        const broken = problems.includes(rule);
        const icon = !password ? (
          <MinusCircleOutlined style={{ color: '#bfbfbf' }} />
        ) : broken ? (
          <CloseCircleFilled style={{ color: '#ff4d4f' }} />
        ) : (
          <CheckCircleFilled style={{ color: '#52c41a' }} />
        );
        return (
          <Typography.Text key={rule} type={password && broken ? 'danger' : undefined}>
            {icon} {PASSWORD_PROBLEM_MESSAGES[rule]}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
