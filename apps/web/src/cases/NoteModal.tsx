import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNestedFormErrors } from './form-problems.ts';

/**
 * A short written act on a case (审批意见, 关闭理由, 告知情况): one text, confirmed. The
 * server's parameter (`body.note` or `body.reason`) lands on the text.
 */
export function NoteModal({
  open,
  title,
  intro,
  label,
  minLength,
  okText,
  danger = false,
  testId,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  intro: string;
  label: string;
  minLength: number;
  okText: string;
  danger?: boolean;
  testId: string;
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const onError = useNestedFormErrors(form, () => ['text']);
  const [saving, setSaving] = useState(false);

  const onFinish = async ({ text }: { text: string }) => {
    setSaving(true);
    try {
      await onSubmit(text.trim());
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            danger={danger}
            loading={saving}
            onClick={() => form.submit()}
            data-testid={`${testId}-submit`}
          >
            {okText}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={saving} preserve={false}>
        <Form.Item
          name="text"
          label={label}
          rules={[
            { required: true, whitespace: true, message: `请填写${label}` },
            { min: minLength, message: `${label}至少 ${minLength} 个字` },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={500}
            showCount
            data-testid={`${testId}-text`}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
