import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { createAgency, updateAgency } from '../../api/agencies.ts';
import { useFormErrorHandler } from '../../api/form-errors.ts';
import type { Agency } from '../../api/types.ts';
import { agencyCodeRules, agencyNameRules } from './agency-rules.ts';
import { FormDrawer } from '../../common/FormDrawer.tsx';

interface AgencyValues {
  name: string;
  code: string;
}

const ERROR_OPTIONS = {
  fields: ['name', 'code'],
  conflicts: { 'agency-code-taken': 'code', 'agency-name-taken': 'name' },
} as const;

/** New agency, or (with `agency`) rename it / change its 机关代字. */
export function AgencyFormDrawer({
  open,
  agency,
  onClose,
  onSaved,
}: {
  open: boolean;
  agency: Agency | null;
  onClose: () => void;
  onSaved: (agency: Agency, created: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: AgencyValues) => {
    const name = values.name.trim();
    const code = values.code.trim();
    setSaving(true);
    try {
      if (agency) {
        const changes = {
          ...(name !== agency.name ? { name } : {}),
          ...(code !== agency.code ? { code } : {}),
        };
        const saved =
          Object.keys(changes).length > 0 ? await updateAgency(agency.id, changes) : agency;
        void message.success('已保存');
        onSaved(saved, false);
      } else {
        const created = await createAgency({ name, code });
        void message.success(`已新建执法机关“${created.name}”`);
        onSaved(created, true);
      }
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title={agency ? '修改执法机关' : '新建执法机关'}
      open={open}
      onClose={onClose}
      size={440}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel={agency ? '保存' : '新建'}
      submitTestId="agency-submit"
    >
      <Form<AgencyValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={agency ? { name: agency.name, code: agency.code } : undefined}
        disabled={saving}
      >
        <Form.Item
          label="机关名称"
          name="name"
          rules={agencyNameRules}
          extra="执法机关的全称，例如“某某县综合行政执法局”。"
        >
          <Input maxLength={100} autoFocus data-testid="agency-name" />
        </Form.Item>
        <Form.Item
          label="机关代字"
          name="code"
          rules={agencyCodeRules}
          extra="用于案件编号的前缀，例如“某综执”。1 至 10 个汉字、字母或数字，各机关不得重复。"
        >
          <Input maxLength={10} data-testid="agency-code" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
