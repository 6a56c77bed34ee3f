import { ROLE_INFO, ROLES, type Role } from '@liuhen/domain';
import { Checkbox, Flex, Typography } from 'antd';

/**
 * The seven roles as checkboxes with their Chinese names and what each does. A role the
 * administrator may not grant (`grantable`) is offered only to be removed from one who holds
 * it (`held`); `locked` (one's own account) offers none.
 */
export function RolePicker({
  value,
  onChange,
  disabled,
  grantable = ROLES,
  held = [],
  locked = false,
}: {
  value?: Role[];
  onChange?: (roles: Role[]) => void;
  disabled?: boolean;
  grantable?: readonly Role[];
  held?: readonly Role[];
  locked?: boolean;
}) {
  const offered = (role: Role) => !locked && (grantable.includes(role) || held.includes(role));
  return (
    <Checkbox.Group<Role>
      value={value ?? []}
      onChange={(next) => onChange?.(ROLES.filter((role) => next.includes(role)))}
      disabled={disabled}
      data-testid="user-roles"
      style={{ width: '100%' }}
    >
      <Flex vertical gap={6}>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} disabled={!offered(role)} data-testid={`role-${role}`}>
            {ROLE_INFO[role].label}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {ROLE_INFO[role].description}
            </Typography.Text>
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
