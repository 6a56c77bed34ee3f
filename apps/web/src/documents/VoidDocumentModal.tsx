import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { voidIssuedDocument, type IssuedDocument } from './documents-api.ts';

/** 作废: the issued PDF stays as it was; the void and its reason are recorded. */
export function VoidDocumentModal({
  document,
  onClose,
  onVoided,
}: {
  readonly document: IssuedDocument | null;
  readonly onClose: () => void;
  readonly onVoided: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const onError = useFormErrorHandler(form, { fields: ['reason'] });
  const submit = async ({ reason }: { reason: string }) => {
    if (document === null) return;
    setSaving(true);
    try {
      await voidIssuedDocument(document.id, reason);
      onVoided();
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      title={`作废 ${document?.number ?? ''}`}
      open={document !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="作废"
      okButtonProps={{ danger: true, ...{ 'data-testid': 'document-void-confirm' } }}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        作废后文书仍保留（核验页显示“已作废”及原因），文号不再使用；需要时可重新签发，取得新文号。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="reason"
          label="作废原因"
          rules={[{ required: true, min: 4, message: '请写明作废原因（至少 4 个字）' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="document-void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
