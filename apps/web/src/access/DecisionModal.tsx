import { App, Button, DatePicker, Descriptions, Flex, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { ApiError } from '../api/problem.ts';
import { chinaNow, chinaWallClock, formatChinaTime, toChinaInstant } from '../cases/china-time.ts';
import { decideAccessRequest, type AccessRequest } from './access-api.ts';
import { ACCESS_KIND_LABELS, permissionLabel } from './access-labels.ts';
import { scopeText, shorterUntilAllowed } from './access-rules.ts';

interface Values {
  approved: boolean;
  validUntil?: Dayjs;
  comment?: string;
}

const FIELDS = ['approved', 'validUntil', 'comment'] as const;

/**
 * 审批调阅申请: 批准 (the end date may be brought forward, never put back) or 不予批准
 * with the reason. A request someone else decided first says so and the list reloads.
 */
export function DecisionModal({
  open,
  request,
  onClose,
  onDecided,
}: {
  open: boolean;
  /** Mount afresh for each request (key). */
  request: AccessRequest | null;
  onClose: () => void;
  onDecided: (request: AccessRequest) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form, { fields: FIELDS });
  const [saving, setSaving] = useState(false);
  const approved = Form.useWatch('approved', form) ?? true;

  const onFinish = async (values: Values) => {
    if (!request) return;
    setSaving(true);
    try {
      const comment = values.comment?.trim();
      const decided = await decideAccessRequest(request.id, {
        approved: values.approved,
        ...(comment ? { comment } : {}),
        ...(values.approved && values.validUntil
          ? { validUntil: toChinaInstant(values.validUntil) }
          : {}),
      });
      void message.success(values.approved ? '已批准，授权即时生效' : '已决定不予批准');
      onDecided(decided);
    } catch (error) {
      if (error instanceof ApiError && error.is('access-request-decided')) {
        void message.warning(error.problem.detail);
        onDecided(request);
      } else {
        onError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="审批调阅申请"
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            danger={!approved}
            loading={saving}
            onClick={() => form.submit()}
            data-testid="access-decision-submit"
          >
            {approved ? '批准' : '不予批准'}
          </Button>
        </Flex>
      }
    >
      {request && (
        <Flex vertical gap={16} data-testid="access-decision">
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 110 } }}
            items={[
              { key: 'case', label: '案号', children: request.caseNumber },
              {
                key: 'kind',
                label: '申请类型',
                children: ACCESS_KIND_LABELS[request.kind],
              },
              {
                key: 'who',
                label: '申请人',
                children: request.onBehalfOf
                  ? `${request.requester.displayName}（代 ${request.onBehalfOf}）`
                  : request.requester.displayName,
              },
              {
                key: 'what',
                label: '调阅内容',
                children: `${request.permissions.map(permissionLabel).join('、')}；${scopeText(request.subjectIds)}`,
              },
              {
                key: 'reason',
                label: '调阅事由',
                children: <span style={{ whiteSpace: 'pre-wrap' }}>{request.reason}</span>,
              },
              {
                key: 'until',
                label: '申请有效期至',
                children: formatChinaTime(request.requestedUntil),
              },
            ]}
          />
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={onFinish}
            disabled={saving}
            initialValues={{ approved: true }}
          >
            <Form.Item name="approved" label="审批意见">
              <Radio.Group data-testid="access-decision-approved">
                <Radio value={true} data-testid="access-decision-approve">
                  批准
                </Radio>
                <Radio value={false} data-testid="access-decision-reject">
                  不予批准
                </Radio>
              </Radio.Group>
            </Form.Item>
            {approved && (
              <Form.Item
                name="validUntil"
                label="有效期至"
                extra="不填则按申请的期限；只能缩短，不能延长。"
                rules={[
                  {
                    validator: (_, value: Dayjs | undefined) =>
                      !value ||
                      shorterUntilAllowed(
                        new Date(toChinaInstant(value)),
                        request.requestedUntil,
                        new Date(),
                      )
                        ? Promise.resolve()
                        : Promise.reject(new Error('有效期须晚于现在，且不超过申请的期限')),
                  },
                ]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  placeholder={formatChinaTime(request.requestedUntil)}
                  disabledDate={(day) =>
                    day.isBefore(chinaNow(), 'day') ||
                    day.isAfter(chinaWallClock(request.requestedUntil), 'day')
                  }
                  style={{ width: '100%' }}
                  data-testid="access-decision-until"
                />
              </Form.Item>
            )}
            <Form.Item
              name="comment"
              label={approved ? '意见（可选）' : '不予批准的理由'}
              rules={approved ? [] : [{ required: true, whitespace: true, message: '请写明理由' }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={500}
                showCount
                data-testid="access-decision-comment"
              />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Modal>
  );
}
