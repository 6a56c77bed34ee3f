import { App, DatePicker, Flex, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { chinaNow, toChinaInstant } from '../cases/china-time.ts';
import { FormDrawer } from '../common/FormDrawer.tsx';
import { INCIDENT_KIND_LABELS, INCIDENT_KIND_OPTIONS } from './incident-labels.ts';
import { incidentTimesProblem } from './incident-rules.ts';
import { registerIncident, type IncidentDetail, type IncidentKind } from './incidents-api.ts';

interface IncidentValues {
  name: string;
  kind: IncidentKind;
  startedAt: Dayjs;
  endedAt?: Dayjs | null;
  description?: string;
}

const ERROR_OPTIONS = {
  fields: ['name', 'kind', 'startedAt', 'endedAt', 'description'],
  conflicts: { 'incident-name-taken': 'name' },
} as const;

/**
 * 登记事件: once, as it is — the name labels every recording placed on it (004 第十八条), so
 * it is chosen to tell this incident from any other (a date or a place in it).
 */
export function RegisterIncidentDrawer({
  open,
  onClose,
  onRegistered,
}: {
  open: boolean;
  onClose: () => void;
  onRegistered: (incident: IncidentDetail) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<IncidentValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: IncidentValues) => {
    setSaving(true);
    try {
      const description = values.description?.trim();
      const saved = await registerIncident({
        name: values.name.trim(),
        kind: values.kind,
        startedAt: toChinaInstant(values.startedAt),
        ...(values.endedAt ? { endedAt: toChinaInstant(values.endedAt) } : {}),
        ...(description ? { description } : {}),
      });
      void message.success(`已登记事件“${saved.name}”`);
      onRegistered(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title="登记事件"
      open={open}
      onClose={onClose}
      size={560}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel="登记"
      submitTestId="incident-submit"
    >
      <Form<IncidentValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        disabled={saving}
        initialValues={{ kind: 'special_operation', startedAt: chinaNow() }}
        data-testid="incident-form"
      >
        <Form.Item
          label="事件名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写事件名称' },
            { max: 50, message: '事件名称不超过 50 字' },
          ]}
          extra="分配到该事件的音像文件以此名称标识（004 第十八条），登记后不能修改；请写明时间或地点，以便与其他事件区分。"
        >
          <Input maxLength={50} autoFocus data-testid="incident-name" />
        </Form.Item>
        <Form.Item
          label="事件类别"
          name="kind"
          rules={[{ required: true, message: '请选择事件类别' }]}
        >
          <Radio.Group data-testid="incident-kind-choice">
            <Flex vertical gap={6}>
              {INCIDENT_KIND_OPTIONS.map((option) => (
                <Radio key={option.value} value={option.value}>
                  <span data-testid={`incident-kind-${option.value}`}>
                    {INCIDENT_KIND_LABELS[option.value]}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                    {option.hint}
                  </Typography.Text>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            label="发生（开始）时间"
            name="startedAt"
            rules={[{ required: true, message: '请填写发生（开始）时间' }]}
            style={{ flex: 1, minWidth: 200 }}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              data-testid="incident-started"
            />
          </Form.Item>
          <Form.Item
            label="结束时间"
            name="endedAt"
            dependencies={['startedAt']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const start = getFieldValue('startedAt') as Dayjs | undefined;
                  const problem = incidentTimesProblem(
                    start ? toChinaInstant(start) : undefined,
                    value ? toChinaInstant(value) : undefined,
                  );
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              }),
            ]}
            extra="尚未结束的可不填。"
            style={{ flex: 1, minWidth: 200 }}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              data-testid="incident-ended"
            />
          </Form.Item>
        </Flex>
        <Form.Item
          label="事件概况"
          name="description"
          rules={[{ max: 2000, message: '不超过 2000 字' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={2000}
            data-testid="incident-description"
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
