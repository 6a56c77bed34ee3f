import { Button, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';

const FORM_ERRORS = {
  fields: ['name'],
  conflicts: { 'saved-view-name-taken': 'name', 'saved-view-limit-reached': 'name' },
} as const;

/**
 * Names a view: a new one made of the current filters (listed so the clerk sees what is
 * saved), or an existing one renamed. The server's objections land under the name.
 */
export function SaveViewModal({
  open,
  title,
  initialName,
  filters,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  initialName: string;
  /** The filters the view will hold, in words; none when only renaming. */
  filters?: readonly string[];
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ name: string }>();
  const onError = useFormErrorHandler(form, FORM_ERRORS);
  const [saving, setSaving] = useState(false);

  const onFinish = async ({ name }: { name: string }) => {
    setSaving(true);
    try {
      await onSubmit(name.trim());
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
            loading={saving}
            onClick={() => form.submit()}
            data-testid="saved-view-submit"
          >
            保存
          </Button>
        </Flex>
      }
    >
      {filters && (
        <Flex vertical gap={6} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">保存以下筛选条件：</Typography.Text>
          <Flex gap={4} wrap>
            {filters.map((filter) => (
              <Tag key={filter}>{filter}</Tag>
            ))}
          </Flex>
        </Flex>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={saving}
        preserve={false}
        initialValues={{ name: initialName }}
      >
        <Form.Item
          name="name"
          label="视图名称"
          rules={[
            { required: true, whitespace: true, message: '请填写视图名称' },
            { max: 40, message: '视图名称不超过 40 个字' },
          ]}
        >
          <Input
            autoFocus
            maxLength={40}
            showCount
            placeholder="例如：本中队调查取证中的处罚案件"
            data-testid="saved-view-name"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
