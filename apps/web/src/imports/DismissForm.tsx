import { App, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { DISMISSAL_INFO } from './import-labels.ts';
import { dismissImportedFile, type DismissalKind, type ImportedFileView } from './imports-api.ts';

interface DismissValues {
  kind: DismissalKind;
  reason: string;
}

const ERROR_OPTIONS = { fields: ['kind', 'reason'] } as const;
const KINDS: readonly DismissalKind[] = ['accidental', 'unrelated'];

/**
 * 排除: a file that belongs to no case, and why. The original is kept either way; a
 * recording unrelated to enforcement is itself a finding (000 第二十一条(六)).
 */
export function DismissForm({
  file,
  onDismissed,
}: {
  file: ImportedFileView;
  onDismissed: (file: ImportedFileView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DismissValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form) as DismissalKind | undefined;

  const onFinish = async (values: DismissValues) => {
    setSaving(true);
    try {
      const saved = await dismissImportedFile(file.id, {
        kind: values.kind,
        reason: values.reason.trim(),
      });
      void message.success('已排除；原始文件仍予保存');
      onDismissed(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<DismissValues>
      form={form}
      name="import-dismiss"
      layout="vertical"
      onFinish={onFinish}
      disabled={saving}
      data-testid="import-dismiss-form"
    >
      <Form.Item
        name="kind"
        label="排除原因"
        rules={[{ required: true, message: '请选择排除原因' }]}
        extra={kind ? DISMISSAL_INFO[kind].hint : undefined}
      >
        <Radio.Group
          options={KINDS.map((value) => ({ value, label: DISMISSAL_INFO[value].label }))}
          data-testid="import-dismiss-kind"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="说明"
        rules={[
          { required: true, whitespace: true, message: '请填写说明' },
          { max: 500, message: '说明不超过 500 字' },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={500}
          data-testid="import-dismiss-reason"
        />
      </Form.Item>
      <Flex gap={12} align="center">
        <Button danger htmlType="submit" loading={saving} data-testid="import-dismiss-submit">
          排除
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          排除不删除文件，排除记录及说明记入留痕日志。
        </Typography.Text>
      </Flex>
    </Form>
  );
}
