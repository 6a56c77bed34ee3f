import type { Role } from '@liuhen/domain';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../../api/form-errors.ts';
import type { User } from '../../api/types.ts';
import { updateUser, type UserChanges } from '../../api/users.ts';
import { InfoLine } from '../../common/InfoLine.tsx';
import { useDepartments } from '../../org/use-departments.ts';
import { UserProfileFields } from './UserProfileFields.tsx';
import { blankToNull } from './user-form-rules.ts';
import { FormDrawer } from '../../common/FormDrawer.tsx';

interface EditUserValues {
  displayName: string;
  certificateNumber?: string;
  departmentId?: string | null;
  roles?: Role[];
}

const ERROR_OPTIONS = {
  fields: ['displayName', 'certificateNumber', 'departmentId', 'roles'],
  conflicts: {
    'certificate-number-taken': 'certificateNumber',
    'cannot-change-own-roles': 'roles',
    'role-grant-needs-platform-admin': 'roles',
    'department-move-needs-platform-admin': 'departmentId',
    'last-platform-admin': 'roles',
  },
} as const;

function changesOf(user: User, values: EditUserValues): UserChanges {
  const displayName = values.displayName.trim();
  const certificateNumber = blankToNull(values.certificateNumber);
  const departmentId = values.departmentId ?? null;
  const roles = values.roles ?? [];
  const sameRoles =
    roles.length === user.roles.length && roles.every((r) => user.roles.includes(r));
  return {
    ...(displayName !== user.displayName ? { displayName } : {}),
    ...(certificateNumber !== user.certificateNumber ? { certificateNumber } : {}),
    ...(departmentId !== user.departmentId ? { departmentId } : {}),
    ...(sameRoles ? {} : { roles }),
  };
}

/** 编辑: name, certificate, department (within the user's agency) and roles. */
export function UserEditDrawer({
  open,
  user,
  agencyName,
  me,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: User | null;
  agencyName: string;
  /** The signed-in administrator: what he may grant depends on who he is. */
  me: { id: string; agencyId: string | null };
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EditUserValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);
  const roles = Form.useWatch('roles', form) ?? [];
  const departments = useDepartments(open ? user?.agencyId : undefined);

  const onFinish = async (values: EditUserValues) => {
    if (!user) return;
    const changes = changesOf(user, values);
    if (Object.keys(changes).length === 0) {
      void message.info('未做任何修改');
      onClose();
      return;
    }
    setSaving(true);
    try {
      const saved = await updateUser(user.id, changes);
      void message.success('已保存');
      onSaved(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title="编辑用户"
      open={open}
      onClose={onClose}
      size={560}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel="保存"
      submitTestId="user-edit-submit"
    >
      {user && (
        <div style={{ marginBottom: 16 }}>
          <InfoLine
            items={[
              { label: '用户名', value: user.username },
              { label: '执法机关', value: agencyName },
            ]}
          />
        </div>
      )}
      <Form<EditUserValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={saving}
        preserve={false}
        scrollToFirstError
        initialValues={
          user
            ? {
                displayName: user.displayName,
                certificateNumber: user.certificateNumber ?? '',
                departmentId: user.departmentId,
                roles: user.roles,
              }
            : undefined
        }
      >
        <UserProfileFields
          roles={roles}
          departments={departments.departments}
          departmentsLoading={departments.loading}
          noAgency={!user?.agencyId}
          limits={{
            platformAdmin: me.agencyId === null,
            held: user?.roles ?? [],
            self: user?.id === me.id,
          }}
        />
      </Form>
    </FormDrawer>
  );
}
