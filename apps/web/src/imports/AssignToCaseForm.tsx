import { App, Button, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { CaseSelect, caseLabel } from './CaseSelect.tsx';
import { assignImportedFile, type ImportedFileView } from './imports-api.ts';

interface AssignValues {
  caseId: string;
  reason: string;
}

const ERROR_OPTIONS = { fields: ['caseId', 'reason'] } as const;

/**
 * 分配到案件: the clerk, having watched the file, names its case and says why (the reason is
 * on the ledger with the placement). The match's candidates are one click away.
 */
export function AssignToCaseForm({
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
  const chosen = Form.useWatch('caseId', form) as string | undefined;

  const onFinish = async (values: AssignValues) => {
    setSaving(true);
    try {
      const saved = await assignImportedFile(file.id, {
        caseId: values.caseId,
        reason: values.reason.trim(),
      });
      void message.success(
        saved.case ? `已分配到 ${saved.case.caseNumber}，等待登记` : '已分配到案件',
      );
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
      name="import-assign"
      layout="vertical"
      onFinish={onFinish}
      disabled={saving}
      data-testid="import-assign-form"
    >
      {file.candidates.length > 0 && (
        <Flex gap={6} wrap align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            可能的案件：
          </Typography.Text>
          {file.candidates.map((candidate) => (
            <Tag.CheckableTag
              key={candidate.id}
              checked={chosen === candidate.id}
              onChange={() => form.setFieldValue('caseId', candidate.id)}
              data-testid="import-candidate"
            >
              {caseLabel(candidate)}
            </Tag.CheckableTag>
          ))}
        </Flex>
      )}
      <Form.Item name="caseId" label="案件" rules={[{ required: true, message: '请选择案件' }]}>
        <CaseSelect extra={file.candidates} testId="import-assign-case" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="分配理由"
        rules={[
          { required: true, whitespace: true, message: '请填写分配理由' },
          { max: 500, message: '理由不超过 500 字' },
        ]}
        extra="如：经查看，画面为该案现场检查过程。理由与分配记录一并记入留痕日志。"
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={500}
          data-testid="import-assign-reason"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="import-assign-submit">
        分配到案件
      </Button>
    </Form>
  );
}
