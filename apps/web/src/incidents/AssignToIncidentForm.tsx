import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import type { ImportedFileView } from '../imports/imports-api.ts';
import { IncidentSelect } from './IncidentSelect.tsx';
import { assignImportedFileToIncident } from './incidents-api.ts';

interface AssignValues {
  incidentId: string;
  reason: string;
}

const ERROR_OPTIONS = {
  fields: ['incidentId', 'reason'],
  conflicts: { 'imported-file-already-on-incident': 'incidentId' },
} as const;

/**
 * 分配到事件: a recording of no case — a 突发事件, 群体性事件 or 专项行动 — is placed on the
 * incident with a reason, and from then on labelled with its name (004 第十八条).
 */
export function AssignToIncidentForm({
  file,
  onAssigned,
}: {
  file: ImportedFileView;
  onAssigned: (file: ImportedFileView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: AssignValues) => {
    setSaving(true);
    try {
      const saved = await assignImportedFileToIncident(file.id, {
        incidentId: values.incidentId,
        reason: values.reason.trim(),
      });
      void message.success(`已分配到事件“${saved.incident?.name ?? ''}”`);
      onAssigned(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<AssignValues>
      form={form}
      name="import-incident"
      layout="vertical"
      onFinish={onFinish}
      disabled={saving}
      data-testid="import-incident-form"
    >
      <Form.Item
        name="incidentId"
        label="事件"
        rules={[{ required: true, message: '请选择事件' }]}
        extra="突发事件、群体性事件、专项行动等不属于案件的，分配到事件；尚未登记的，请先在“事件”中登记。"
      >
        <IncidentSelect testId="import-incident-select" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="分配理由"
        rules={[
          { required: true, whitespace: true, message: '请填写分配理由' },
          { max: 500, message: '理由不超过 500 字' },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={500}
          data-testid="import-incident-reason"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={saving}
        data-testid="import-incident-submit"
      >
        分配到事件
      </Button>
    </Form>
  );
}
