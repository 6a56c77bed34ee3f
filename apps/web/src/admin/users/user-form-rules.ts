import {
  CERTIFICATE_NUMBER_PATTERN,
  checkAccount,
  normalizeUsername,
  USERNAME_PATTERN,
  type AccountProblem,
  type Role,
} from '@liuhen/domain';
import type { FormRule } from 'antd';

/** The agency Select's value for "不隶属任何机关" (null on the wire). */
export const NO_AGENCY = '__none__';

/** Roles that may exist without an agency (mirrors the server's rule). */
const AGENCY_FREE_ROLES: readonly Role[] = ['admin', 'supervisor'];

export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export const usernameRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写用户名' },
  {
    validator: async (_rule, value: string | undefined) => {
      if (value && !USERNAME_PATTERN.test(normalizeUsername(value))) {
        throw new Error('用户名为 3 至 32 位小写字母、数字、点、下划线或连字符，以字母开头');
      }
    },
  },
];

export const displayNameRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写姓名' },
  { max: 50, message: '姓名最多 50 个字' },
];

const certificateFormatRule: FormRule = {
  validator: async (_rule, value: string | undefined) => {
    const trimmed = blankToNull(value);
    if (trimmed && !CERTIFICATE_NUMBER_PATTERN.test(trimmed)) {
      throw new Error('执法证件编号为 4 至 32 位字母、数字或连字符');
    }
  },
};

/** What the roles demand of one field (department, certificate), from @liuhen/domain. */
function accountRule(field: AccountProblem['field']): FormRule {
  return ({ getFieldValue }) => ({
    validator: async () => {
      const problems = checkAccount({
        roles: (getFieldValue('roles') as Role[] | undefined) ?? [],
        departmentId: (getFieldValue('departmentId') as string | undefined) ?? null,
        certificateNumber: blankToNull(getFieldValue('certificateNumber') as string | undefined),
      }).filter((problem) => problem.field === field);
      if (problems.length > 0) {
        throw new Error([...new Set(problems.map((problem) => problem.message))].join('；'));
      }
    },
  });
}

export const certificateRules: FormRule[] = [
  certificateFormatRule,
  accountRule('certificateNumber'),
];
export const departmentRules: FormRule[] = [accountRule('departmentId')];
export const rolesRules: FormRule[] = [accountRule('roles')];

export const agencyRules: FormRule[] = [
  { required: true, message: '请选择执法机关' },
  ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      const roles = (getFieldValue('roles') as Role[] | undefined) ?? [];
      if (value === NO_AGENCY && !roles.every((role) => AGENCY_FREE_ROLES.includes(role))) {
        throw new Error('除系统管理员和执法监督人员外，用户须属于一个执法机关');
      }
    },
  }),
];
