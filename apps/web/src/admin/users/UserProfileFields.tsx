import { ROLE_INFO, type Role } from '@liuhen/domain';
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

/** The fields that both the create and the edit form carry. */
export function UserProfileFields({
  roles,
  departments,
  departmentsLoading,
  noAgency,
}: {
  roles: Role[];
  departments: Department[];
  departmentsLoading: boolean;
  noAgency: boolean;
}) {
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
      >
        <DepartmentSelect
          departments={departments}
          loading={departmentsLoading}
          noAgency={noAgency}
        />
      </Form.Item>
      <Form.Item label="角色" name="roles" rules={rolesRules} required>
        <RolePicker />
      </Form.Item>
    </>
  );
}
