import type { Role } from './roles.ts';

/**
 * Roles that open cases or their evidence (ROLE_REACH gives them a reach over cases). Granting
 * one is granting the right to read people's files, so it is not an agency administrator's
 * to give: he knows the one-time password of every account he creates, and a head account he
 * made would be his own.
 */
export const CASE_READING_ROLES: readonly Role[] = [
  'officer',
  'department_head',
  'legal_reviewer',
  'agency_head',
  'archivist',
  'supervisor',
];

/** Who asks for the change, as the rule needs him. */
export interface RoleGranter {
  readonly id: string;
  /** A platform administrator: an administrator bound to no agency. */
  readonly platformAdmin: boolean;
}

export interface RoleGrantRefusal {
  readonly slug:
    | 'cannot-change-own-roles'
    | 'role-grant-needs-platform-admin'
    | 'department-move-needs-platform-admin';
  readonly title: string;
  readonly detail: string;
}

/**
 * Whether the granter may give the account these roles and this department: nobody changes
 * his own roles; only a platform administrator grants a case-reading role (on creation or by an
 * edit) or moves a holder of one to another department. Removing roles is anybody's (an agency
 * administrator withdrawing access at once is what the agency needs). Null: allowed.
 */
export function roleGrantRefusal(input: {
  readonly granter: RoleGranter;
  /** The account as it is; absent when it is being created. */
  readonly before?: {
    readonly id: string;
    readonly roles: readonly Role[];
    readonly departmentId: string | null;
  };
  readonly after: { readonly roles: readonly Role[]; readonly departmentId: string | null };
}): RoleGrantRefusal | null {
  const { granter, before, after } = input;
  const beforeRoles = before?.roles ?? [];
  const added = after.roles.filter((role) => !beforeRoles.includes(role));
  const removed = beforeRoles.filter((role) => !after.roles.includes(role));
  if (before !== undefined && before.id === granter.id && added.length + removed.length > 0) {
    return {
      slug: 'cannot-change-own-roles',
      title: '不能修改自己的角色',
      detail: '任何人都不能修改自己的角色，请由另一名平台系统管理员操作。',
    };
  }
  if (granter.platformAdmin) return null;
  const reading = added.filter((role) => CASE_READING_ROLES.includes(role));
  if (reading.length > 0) {
    return {
      slug: 'role-grant-needs-platform-admin',
      title: '须由平台系统管理员授予',
      detail:
        '执法人员、承办机构负责人、法制审核人员、机关负责人、档案管理员和执法监督人员等可查阅案件的角色，只能由平台系统管理员授予；本机关管理员只能授予系统管理员角色。',
    };
  }
  const moved =
    before !== undefined &&
    before.departmentId !== after.departmentId &&
    after.roles.some((role) => CASE_READING_ROLES.includes(role));
  if (moved) {
    return {
      slug: 'department-move-needs-platform-admin',
      title: '须由平台系统管理员调整',
      detail:
        '调整可查阅案件人员的承办机构会改变其可查阅的案件，只能由平台系统管理员操作；本机关管理员可以修改姓名、证件编号，停用、恢复账号和重置密码。',
    };
  }
  return null;
}
