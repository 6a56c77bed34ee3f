import type { Role } from '../identity/roles.ts';
import { ROLES } from '../identity/roles.ts';
import type { Permission } from './permissions.ts';
import { ROLE_REACH } from './role-reach.ts';

/**
 * Whether any of the roles holds the permission at some reach. A grant lifts reach — the case
 * of another department, another agency — but never adds a permission the holder's roles lack:
 * a legal reviewer who does not copy does not copy through a grant either.
 */
export function rolesHold(roles: readonly Role[], permission: Permission): boolean {
  return ROLES.some((role) => roles.includes(role) && ROLE_REACH[role][permission] !== undefined);
}

export interface GrantRefusal {
  readonly slug: 'grantee-not-of-an-agency' | 'grant-beyond-grantee-role';
  readonly title: string;
  readonly detail: string;
}

const LABELS: Readonly<Partial<Record<Permission, string>>> = {
  'case:read': '查看案件',
  'record:read': '查看文书',
  'evidence:view': '查看音像、照片和扫描件',
  'evidence:download': '下载副本',
};

/**
 * Whether a person may be named as the reader of a grant with these permissions. Only people
 * of an agency: a supervisor's reach is the supervision the platform administrator assigns,
 * and a grant must not be a way around it; a platform administrator manages, never reads
 * cases. And only permissions the reader's roles already hold. Null: allowed.
 */
export function grantRefusal(
  grantee: { readonly roles: readonly Role[]; readonly agencyId: string | null },
  permissions: readonly Permission[],
): GrantRefusal | null {
  if (grantee.agencyId === null) {
    return {
      slug: 'grantee-not-of-an-agency',
      title: '查阅人须为执法机关人员',
      detail:
        '平台系统管理员和执法监督人员不能作为调阅的查阅人：执法监督人员查阅的范围由平台系统管理员设定的监督关系决定。',
    };
  }
  const lacking = permissions.filter((permission) => !rolesHold(grantee.roles, permission));
  if (lacking.length > 0) {
    return {
      slug: 'grant-beyond-grantee-role',
      title: '超出查阅人角色的权限',
      detail: `查阅人的角色没有“${lacking.map((p) => LABELS[p] ?? p).join('、')}”的权限。调阅批准只能扩大查阅的案件范围，不能增加其角色本没有的权限；请去掉这些内容，或改由有此权限的人员查阅。`,
    };
  }
  return null;
}
