import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/problem.ts';
import { useNestedFormErrors } from '../cases/form-problems.ts';

/** Common reasons, offered as the officer types; any other reason can be written. */
export const ACCESS_REASONS = [
  '审核证据',
  '案件审核',
  '法制审核',
  '复议、诉讼举证',
  '执法监督检查',
];

/**
 * 查看事由: every view of a recording is on the ledger with who and why (004 第十九条), so
 * the player asks first and says so. Record attachments ask the same way, in their words.
 * A refusal (403: say, a grant that covers other material, or one just revoked) is shown
 * here with the server's reason rather than as a passing message.
 */
export function AccessReasonForm({
  onSubmit,
  notice = '查看音像记录将记入留痕日志（查看人、时间、事由）。请先填写查看事由。',
  testId = 'av-access',
}: {
  onSubmit: (reason: string) => Promise<void>;
  notice?: string;
  /** Prefix of the form's test ids: `<testId>-form`, `-reason`, `-submit`. */
  testId?: string;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useNestedFormErrors(form, () => ['reason']);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const onFinish = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setRefusal(null);
    try {
      await onSubmit(reason.trim());
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        setRefusal(error.problem.detail || error.problem.title);
      } else {
        onError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={8} data-testid={`${testId}-form`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {notice}
      </Typography.Text>
      {refusal && (
        <Alert
          type="error"
          showIcon
          title="无权查看"
          description={refusal}
          data-testid={`${testId}-refused`}
        />
      )}
      <Form form={form} name={testId} layout="inline" onFinish={onFinish} disabled={saving}>
        <Form.Item
          name="reason"
          label="查看事由"
          rules={[
            { required: true, whitespace: true, message: '请填写查看事由' },
            { min: 2, message: '查看事由至少 2 个字' },
          ]}
          style={{ flex: 1, minWidth: 240 }}
        >
          <AutoComplete
            options={ACCESS_REASONS.map((reason) => ({ value: reason }))}
            placeholder="如：审核证据"
            maxLength={200}
            data-testid={`${testId}-reason`}
          />
        </Form.Item>
        <Form.Item style={{ marginInlineEnd: 0 }}>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PlayCircleOutlined />}
            loading={saving}
            data-testid={`${testId}-submit`}
          >
            查看
          </Button>
        </Form.Item>
      </Form>
    </Flex>
  );
}
