import { normalizeUsername, type Role } from '@liuhen/domain';
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../../api/form-errors.ts';
import type { Agency, UserWithOneTimePassword } from '../../api/types.ts';
import { createUser } from '../../api/users.ts';
import { useDepartments } from '../../org/use-departments.ts';
import { UserProfileFields } from './UserProfileFields.tsx';
import { agencyRules, blankToNull, NO_AGENCY, usernameRules } from './user-form-rules.ts';
import { FormDrawer } from '../../common/FormDrawer.tsx';

interface NewUserValues {
  username: string;
  displayName: string;
  certificateNumber?: string;
  agencyId?: string;
  departmentId?: string | null;
  roles?: Role[];
}

const ERROR_OPTIONS = {
  fields: ['username', 'displayName', 'certificateNumber', 'agencyId', 'departmentId', 'roles'],
  conflicts: {
    'username-taken': 'username',
    'certificate-number-taken': 'certificateNumber',
    'role-grant-needs-platform-admin': 'roles',
  },
} as const;

/**
 * 新建用户. A platform admin picks any agency or none; an agency's admin creates users in
 * their own agency only. The server answers with a one-time password.
 */
export function UserCreateDrawer({
  open,
  agencies,
  fixedAgencyId,
  onClose,
  onCreated,
}: {
  open: boolean;
  agencies: Agency[];
  /** Set for an agency's admin: the only agency they may use. */
  fixedAgencyId: string | null;
  onClose: () => void;
  onCreated: (result: UserWithOneTimePassword) => void;
}) {
  const [form] = Form.useForm<NewUserValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);
  const agencyId = Form.useWatch('agencyId', form);
  const roles = Form.useWatch('roles', form) ?? [];
  const realAgencyId = agencyId && agencyId !== NO_AGENCY ? agencyId : undefined;
  const departments = useDepartments(realAgencyId);

  const agencyOptions = [
    ...(fixedAgencyId === null ? [{ value: NO_AGENCY, label: '不隶属任何机关' }] : []),
    ...agencies.map((agency) => ({ value: agency.id, label: agency.name })),
  ];

  const onFinish = async (values: NewUserValues) => {
    setSaving(true);
    try {
      const result = await createUser({
        username: normalizeUsername(values.username),
        displayName: values.displayName.trim(),
        certificateNumber: blankToNull(values.certificateNumber),
        agencyId: values.agencyId && values.agencyId !== NO_AGENCY ? values.agencyId : null,
        departmentId: values.departmentId ?? null,
        roles: values.roles ?? [],
      });
      onCreated(result);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title="新建用户"
      open={open}
      onClose={onClose}
      size={560}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel="新建"
      submitTestId="user-submit"
    >
      <Form<NewUserValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        scrollToFirstError
        initialValues={{ agencyId: fixedAgencyId ?? undefined, roles: [] }}
        disabled={saving}
        onValuesChange={(changed: Partial<NewUserValues>) => {
          if ('agencyId' in changed) form.setFieldValue('departmentId', undefined);
        }}
      >
        <Form.Item
          label="用户名"
          name="username"
          rules={usernameRules}
          extra="登录用，3 至 32 位小写字母、数字、点、下划线或连字符，以字母开头。创建后不能修改。"
        >
          <Input maxLength={32} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item label="执法机关" name="agencyId" rules={agencyRules} dependencies={['roles']}>
          <Select<string>
            options={agencyOptions}
            disabled={fixedAgencyId !== null}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择执法机关"
            data-testid="user-agency"
          />
        </Form.Item>
        <UserProfileFields
          roles={roles}
          departments={departments.departments}
          departmentsLoading={departments.loading}
          noAgency={!realAgencyId}
          limits={{ platformAdmin: fixedAgencyId === null, held: [], self: false }}
        />
      </Form>
    </FormDrawer>
  );
}
