import { checkPassword, PASSWORD_PROBLEM_MESSAGES } from '@liuhen/domain';
import type { FormRule } from 'antd';

/**
 * Form rule: the new password must satisfy the shared policy. With `brief`, the message only
 * points at the rule list shown under the field (which already says what is wrong).
 */
export function newPasswordRule(username: string, brief = false): FormRule {
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value) throw new Error('请输入新密码');
      const problems = checkPassword(value, username);
      if (problems.length === 0) return;
      throw new Error(
        brief
          ? '新密码不符合下列要求'
          : problems.map((problem) => PASSWORD_PROBLEM_MESSAGES[problem]).join('；'),
      );
    },
  };
}

/** Form rule: the new password differs from the current one. */
export const differsFromCurrentRule: FormRule = ({ getFieldValue }) => ({
  validator: async (_rule, value: string | undefined) => {
    if (value && value === getFieldValue('currentPassword')) {
      throw new Error('新密码不能与当前密码相同');
    }
  },
});

/** Form rule: the confirmation repeats the new password. */
export const confirmMatchesRule: FormRule = ({ getFieldValue }) => ({
  validator: async (_rule, value: string | undefined) => {
    if (!value) throw new Error('请再次输入新密码');
    if (value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
  },
});
