import { ROLE_INFO, ROLES, type Role } from '@liuhen/domain';
import { Checkbox, Flex, Typography } from 'antd';

/** The seven roles as checkboxes with their Chinese names and what each does. */
export function RolePicker({
  value,
  onChange,
  disabled,
}: {
  value?: Role[];
  onChange?: (roles: Role[]) => void;
  disabled?: boolean;
}) {
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
          <Checkbox key={role} value={role} data-testid={`role-${role}`}>
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
