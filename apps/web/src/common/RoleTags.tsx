import { ROLE_INFO, ROLES, type Role } from '@liuhen/domain';
import { Tag, Tooltip } from 'antd';

/** Roles as Chinese tags, in the canonical order of ROLES. */
export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const ordered = ROLES.filter((role) => roles.includes(role));
  return (
    <>
      {ordered.map((role) => (
        <Tooltip key={role} title={ROLE_INFO[role].description}>
          <Tag color={role === 'admin' ? 'geekblue' : 'blue'} variant="outlined">
            {ROLE_INFO[role].label}
          </Tag>
        </Tooltip>
      ))}
    </>
  );
}

export function roleLabels(roles: readonly Role[]): string {
  return ROLES.filter((role) => roles.includes(role))
    .map((role) => ROLE_INFO[role].label)
    .join('、');
}
