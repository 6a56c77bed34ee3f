import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { createDepartment } from '../../api/agencies.ts';
import { useFormErrorHandler } from '../../api/form-errors.ts';
import type { Department } from '../../api/types.ts';
import { departmentNameRules } from './agency-rules.ts';

const ERROR_OPTIONS = {
  fields: ['name'],
  conflicts: { 'department-name-taken': 'name' },
} as const;

/** One line: a name and 添加. */
export function DepartmentCreateForm({
  agencyId,
  onCreated,
}: {
  agencyId: string;
  onCreated: (department: Department) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);

  const onFinish = async ({ name }: { name: string }) => {
    setSaving(true);
    try {
      const department = await createDepartment(agencyId, name.trim());
      form.resetFields();
      void message.success(`已添加承办机构“${department.name}”`);
      onCreated(department);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="inline" onFinish={onFinish} style={{ flexWrap: 'nowrap' }}>
      <Form.Item name="name" rules={departmentNameRules} style={{ flex: 1 }}>
        <Input
          placeholder="承办机构名称，例如“综合执法一中队”"
          maxLength={100}
          aria-label="承办机构名称"
          data-testid="department-name"
        />
      </Form.Item>
      <Form.Item style={{ marginInlineEnd: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={saving}
          data-testid="department-submit"
        >
          添加
        </Button>
      </Form.Item>
    </Form>
  );
}
