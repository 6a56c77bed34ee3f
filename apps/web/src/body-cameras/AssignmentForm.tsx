import { App, Button, DatePicker, Flex, Form, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { chinaNow, toChinaInstant } from '../cases/china-time.ts';
import { useAgencyOfficers } from '../cases/use-agency-officers.ts';
import { assignmentTimeProblem } from './body-camera-rules.ts';
import { recordAssignment, type BodyCameraDetail } from './body-cameras-api.ts';

type Act = 'assign' | 'return';

interface AssignmentValues {
  act: Act;
  holderId?: string;
  from: Dayjs;
}

const ERROR_OPTIONS = { fields: ['holderId', 'from'] } as const;

/**
 * 领用 / 归还: who takes the camera (an officer of the agency), or that it comes back, and
 * when (now unless changed). The server matches recordings to cases by these times, so a
 * time before the latest hand-over is refused rather than rewriting history.
 */
export function AssignmentForm({
  bodyCamera,
  onRecorded,
}: {
  bodyCamera: BodyCameraDetail;
  onRecorded: (bodyCamera: BodyCameraDetail) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignmentValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);
  const { officers, loading } = useAgencyOfficers(bodyCamera.agencyId);
  const act = Form.useWatch('act', form) ?? 'assign';
  const latestFrom = bodyCamera.assignments[0]?.from ?? null;
  const held = bodyCamera.holder !== null;

  const onFinish = async (values: AssignmentValues) => {
    setSaving(true);
    try {
      const saved = await recordAssignment(bodyCamera.id, {
        holderId: values.act === 'return' ? null : values.holderId!,
        // Left to the server's clock unless the time was changed here.
        ...(form.isFieldTouched('from') ? { from: toChinaInstant(values.from) } : {}),
      });
      void message.success(
        values.act === 'return'
          ? `已登记归还 ${saved.serial}`
          : `已登记 ${saved.holder?.displayName ?? ''} 领用 ${saved.serial}`,
      );
      form.resetFields();
      onRecorded(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<AssignmentValues>
      form={form}
      name="body-camera-assignment"
      layout="vertical"
      onFinish={onFinish}
      disabled={saving}
      initialValues={{ act: 'assign', from: chinaNow() }}
      data-testid="body-camera-assignment-form"
    >
      {held && (
        <Form.Item name="act" label="登记事项">
          <Radio.Group
            options={[
              { value: 'assign', label: '改由他人领用' },
              { value: 'return', label: '归还' },
            ]}
            data-testid="body-camera-assignment-act"
          />
        </Form.Item>
      )}
      <Flex gap={12} wrap>
        {act === 'assign' && (
          <Form.Item
            name="holderId"
            label="领用人"
            rules={[{ required: true, message: '请选择领用人' }]}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Select<string>
              options={officers
                .filter((officer) => officer.id !== bodyCamera.holder?.userId)
                .map((officer) => ({
                  value: officer.id,
                  label: officer.certificateNumber
                    ? `${officer.displayName}（${officer.certificateNumber}）`
                    : officer.displayName,
                }))}
              loading={loading}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择本机关执法人员"
              data-testid="body-camera-assignment-holder"
            />
          </Form.Item>
        )}
        <Form.Item
          name="from"
          label={act === 'return' ? '归还时间' : '领用时间'}
          rules={[
            { required: true, message: '请填写时间' },
            {
              validator: (_, value: Dayjs | undefined) => {
                // Left as it was, the time is the server's now: its clock decides.
                if (!value || !form.isFieldTouched('from')) return Promise.resolve();
                const problem = assignmentTimeProblem(
                  Date.parse(toChinaInstant(value)),
                  latestFrom,
                  Date.now(),
                );
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
              },
            },
          ]}
          extra="默认为当前时间（北京时间）；补登时改为实际交接时间。"
          style={{ flex: 1, minWidth: 220 }}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="body-camera-assignment-from"
          />
        </Form.Item>
      </Flex>
      <Button
        type="primary"
        htmlType="submit"
        loading={saving}
        data-testid="body-camera-assignment-submit"
      >
        {act === 'return' ? '登记归还' : '登记领用'}
      </Button>
    </Form>
  );
}
