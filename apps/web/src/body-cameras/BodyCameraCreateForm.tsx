import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { SERIAL_MAX, SERIAL_PATTERN } from './body-camera-rules.ts';
import { createBodyCamera, type BodyCameraView } from './body-cameras-api.ts';

interface BodyCameraValues {
  serial: string;
  model?: string;
  label?: string;
}

const ERROR_OPTIONS = {
  fields: ['serial', 'model', 'label'],
  conflicts: { 'body-camera-serial-taken': 'serial' },
} as const;

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** 新增执法记录仪: one line with the serial (required), the model and a name. */
export function BodyCameraCreateForm({
  agencyId,
  onCreated,
}: {
  agencyId: string;
  onCreated: (bodyCamera: BodyCameraView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyCameraValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: BodyCameraValues) => {
    const model = text(values.model);
    const label = text(values.label);
    setSaving(true);
    try {
      const bodyCamera = await createBodyCamera(agencyId, {
        serial: values.serial.trim(),
        ...(model ? { model } : {}),
        ...(label ? { label } : {}),
      });
      form.resetFields();
      void message.success(`已登记执法记录仪 ${bodyCamera.serial}`);
      onCreated(bodyCamera);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      form={form}
      name="body-camera-create"
      layout="inline"
      onFinish={onFinish}
      disabled={saving}
      style={{ rowGap: 8 }}
      data-testid="body-camera-create-form"
    >
      <Form.Item
        name="serial"
        rules={[
          { required: true, whitespace: true, message: '请填写设备序列号' },
          { max: SERIAL_MAX, message: `序列号不超过 ${SERIAL_MAX} 个字符` },
          {
            pattern: SERIAL_PATTERN,
            message: '序列号只能包含字母、数字、点、下划线和连字符',
          },
        ]}
        style={{ width: 190 }}
      >
        <Input placeholder="序列号（必填）" aria-label="序列号" data-testid="body-camera-serial" />
      </Form.Item>
      <Form.Item name="model" style={{ width: 150 }}>
        <Input
          placeholder="型号"
          maxLength={100}
          aria-label="型号"
          data-testid="body-camera-model"
        />
      </Form.Item>
      <Form.Item name="label" style={{ width: 170 }}>
        <Input
          placeholder="名称，如“一中队 1 号”"
          maxLength={100}
          aria-label="名称"
          data-testid="body-camera-label"
        />
      </Form.Item>
      <Form.Item style={{ marginInlineEnd: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={saving}
          data-testid="body-camera-submit"
        >
          新增
        </Button>
      </Form.Item>
    </Form>
  );
}
