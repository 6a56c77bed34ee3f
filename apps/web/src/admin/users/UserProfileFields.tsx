import { CASE_READING_ROLES, ROLE_INFO, ROLES, type Role } from '@liuhen/domain';
import { Form, Input } from 'antd';
import type { Department } from '../../api/types.ts';
import { DepartmentSelect } from './DepartmentSelect.tsx';
import { RolePicker } from './RolePicker.tsx';
import {
  certificateRules,
  departmentRules,
  displayNameRules,
  rolesRules,
} from './user-form-rules.ts';

/** What the signed-in administrator may change on this account (domain roleGrantRefusal). */
export interface GrantLimits {
  /** A platform administrator grants every role; an agency's administrator only `admin`. */
  readonly platformAdmin: boolean;
  /** The roles the account holds now (empty when creating): these may be removed. */
  readonly held: readonly Role[];
  /** One's own account: nobody changes his own roles. */
  readonly self: boolean;
}

const AGENCY_ADMIN_GRANTS: readonly Role[] = ['admin'];

function rolesHint(limits: GrantLimits): string | undefined {
  if (limits.self) return '不能修改自己的角色，请由另一名平台系统管理员操作。';
  if (limits.platformAdmin) return undefined;
  return '本机关管理员只能授予“系统管理员”角色，可以移除已有角色；执法人员、负责人、法制审核、档案管理和执法监督等可查阅案件的角色须由平台系统管理员授予。';
}

/** The fields that both the create and the edit form carry. */
export function UserProfileFields({
  roles,
  departments,
  departmentsLoading,
  noAgency,
  limits,
}: {
  roles: Role[];
  departments: Department[];
  departmentsLoading: boolean;
  noAgency: boolean;
  limits: GrantLimits;
}) {
  const departmentLocked =
    !limits.platformAdmin &&
    limits.held.length > 0 &&
    roles.some((role) => CASE_READING_ROLES.includes(role));
  const needsCertificate = roles.some((role) => ROLE_INFO[role].needsCertificate);
  const needsDepartment = roles.some((role) => ROLE_INFO[role].needsDepartment);
  return (
    <>
      <Form.Item label="姓名" name="displayName" rules={displayNameRules} required>
        <Input maxLength={50} data-testid="user-display-name" />
      </Form.Item>
      <Form.Item
        label="执法证件编号"
        name="certificateNumber"
        rules={certificateRules}
        dependencies={['roles']}
        required={needsCertificate}
        extra={
          needsCertificate
            ? '执法人员须填写，将记入其制作的每一份笔录。'
            : '执法人员必填，其他角色可不填。'
        }
      >
        <Input maxLength={32} data-testid="user-certificate" />
      </Form.Item>
      <Form.Item
        label="承办机构"
        name="departmentId"
        rules={departmentRules}
        dependencies={['roles']}
        required={needsDepartment}
        extra={
          departmentLocked ? '调整可查阅案件人员的承办机构须由平台系统管理员操作。' : undefined
        }
      >
        <DepartmentSelect
          disabled={departmentLocked}
          departments={departments}
          loading={departmentsLoading}
          noAgency={noAgency}
        />
      </Form.Item>
      <Form.Item label="角色" name="roles" rules={rolesRules} required extra={rolesHint(limits)}>
        <RolePicker
          grantable={limits.platformAdmin ? ROLES : AGENCY_ADMIN_GRANTS}
          held={limits.held}
          locked={limits.self}
        />
      </Form.Item>
    </>
  );
}
