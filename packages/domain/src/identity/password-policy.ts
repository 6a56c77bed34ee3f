/**
 * Password rules for every account. Kept in the domain so the server enforces them and the
 * web form explains them with the same words.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_kinds' | 'contains_username';

export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  too_short: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`,
  too_long: `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`,
  too_few_kinds: '密码须包含字母、数字、符号中的至少两类',
  contains_username: '密码不能包含用户名',
};

export function checkPassword(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const kinds = [/[A-Za-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password));
  if (kinds.length < 2) problems.push('too_few_kinds');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains_username');
  }
  return problems;
}
