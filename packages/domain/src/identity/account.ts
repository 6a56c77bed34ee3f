import { ROLE_INFO, type Role } from './roles.ts';

/** Login names: lower-case ASCII so that "ZhangSan" and "zhangsan" are one account. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

export function normalizeUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

/**
 * 执法证件编号: formats differ by province and issuing body (digits, sometimes letters and
 * a hyphen), so we check only that it is a plausible identifier, never a specific layout.
 */
export const CERTIFICATE_NUMBER_PATTERN = /^[0-9A-Za-z-]{4,32}$/;

export interface AccountShape {
  readonly roles: readonly Role[];
  readonly departmentId: string | null;
  readonly certificateNumber: string | null;
}

export type AccountProblem =
  | { readonly field: 'roles'; readonly message: string }
  | { readonly field: 'departmentId'; readonly message: string }
  | { readonly field: 'certificateNumber'; readonly message: string };

/** Whether an account's roles fit what it carries (department, certificate). */
export function checkAccount(account: AccountShape): AccountProblem[] {
  const problems: AccountProblem[] = [];
  if (account.roles.length === 0) {
    problems.push({ field: 'roles', message: '至少选择一个角色' });
  }
  if (new Set(account.roles).size !== account.roles.length) {
    problems.push({ field: 'roles', message: '角色不能重复' });
  }
  for (const role of account.roles) {
    const info = ROLE_INFO[role];
    if (info.needsDepartment && !account.departmentId) {
      problems.push({ field: 'departmentId', message: `${info.label}须属于一个承办机构` });
    }
    if (info.needsCertificate && !account.certificateNumber) {
      problems.push({ field: 'certificateNumber', message: `${info.label}须填写执法证件编号` });
    }
  }
  return problems;
}
