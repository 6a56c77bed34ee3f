import { Alert, App, Checkbox, DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { chinaNow, toChinaInstant } from '../cases/china-time.ts';
import { FormDrawer } from '../common/FormDrawer.tsx';
import {
  submitAccessRequest,
  type AccessKind,
  type AccessRequest,
  type GrantablePermission,
} from './access-api.ts';
import {
  ACCESS_BASIS,
  ACCESS_KIND_APPROVER,
  ACCESS_KIND_LABELS,
  GRANTABLE_PERMISSIONS,
  PERMISSION_LABELS,
} from './access-labels.ts';
import { DEFAULT_GRANT_DAYS, LONGEST_GRANT_DAYS, untilAllowed } from './access-rules.ts';
import { ExternalReaderSelect } from './ExternalReaderSelect.tsx';

/** Material the request may be limited to: the recording or attachment it was asked from. */
export interface AccessSubject {
  readonly ids: string[];
  /** As the form names it: 音像记录“…”. */
  readonly label: string;
}

interface Values {
  kind: AccessKind;
  /** 外单位调阅: the other authority's user who is to read, when he has an account here. */
  granteeId?: string;
  onBehalfOf?: string;
  scope: 'subject' | 'case';
  permissions: GrantablePermission[];
  reason: string;
  until: Dayjs;
}

const FIELDS = ['kind', 'granteeId', 'onBehalfOf', 'permissions', 'reason', 'until'] as const;
const KINDS: readonly AccessKind[] = ['beyond_permission', 'external_agency', 'party_copy'];

/**
 * 申请调阅: for oneself beyond one's permission (the case department's head decides), or
 * registered for another authority or a party (the agency head decides); for the whole case
 * or only the material it was asked from; until a date within a month.
 */
export function AccessRequestDrawer({
  open,
  caseId,
  caseNumber,
  subject,
  permissions = ['evidence:view'],
  onClose,
  onSubmitted,
}: {
  open: boolean;
  caseId: string;
  caseNumber: string;
  subject?: AccessSubject | undefined;
  /** Ticked at first: what the user was about to do. */
  permissions?: GrantablePermission[];
  onClose: () => void;
  onSubmitted: (request: AccessRequest) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form, { fields: FIELDS });
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'beyond_permission';
  const granteeId = Form.useWatch('granteeId', form);
  const external = kind === 'external_agency';

  const onFinish = async (values: Values) => {
    setSaving(true);
    try {
      const saved = await submitAccessRequest(caseId, {
        kind: values.kind,
        ...(values.kind === 'beyond_permission' ? {} : { onBehalfOf: values.onBehalfOf?.trim() }),
        ...(values.kind === 'external_agency' && values.granteeId
          ? { granteeId: values.granteeId }
          : {}),
        ...(subject && values.scope === 'subject' ? { subjectIds: subject.ids } : {}),
        permissions: values.permissions,
        reason: values.reason.trim(),
        until: toChinaInstant(values.until),
      });
      void message.success(`调阅申请已提交，待${ACCESS_KIND_APPROVER[saved.kind]}审批`);
      onSubmitted(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title={`申请调阅 · ${caseNumber}`}
      open={open}
      onClose={onClose}
      size={560}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel="提交申请"
      submitTestId="access-request-submit"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={saving}
        initialValues={{
          kind: 'beyond_permission',
          scope: subject ? 'subject' : 'case',
          permissions,
          until: chinaNow().add(DEFAULT_GRANT_DAYS, 'day').startOf('minute'),
        }}
        data-testid="access-request-form"
      >
        <Alert type="info" showIcon title={ACCESS_BASIS} style={{ marginBottom: 16 }} />
        <Form.Item
          name="kind"
          label="申请类型"
          extra={`由${ACCESS_KIND_APPROVER[kind]}审批；批准后在有效期内可用，可随时撤销。`}
        >
          <Radio.Group data-testid="access-request-kind">
            {KINDS.map((value) => (
              <Radio key={value} value={value}>
                {ACCESS_KIND_LABELS[value]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {external && (
          <Form.Item
            name="granteeId"
            label="外单位查阅人"
            extra="对方已在本平台开通账号时选择查阅人；否则由本机关经办人代为调取并提供副本（填写“代表单位”）。"
          >
            <ExternalReaderSelect
              onPicked={(reader) => {
                // His authority is who asks: named for him unless the clerk wrote it already.
                if (reader && !form.getFieldValue('onBehalfOf')?.trim()) {
                  form.setFieldValue('onBehalfOf', reader.agencyName);
                }
              }}
              testId="access-request-grantee"
            />
          </Form.Item>
        )}
        {kind !== 'beyond_permission' && (
          <Form.Item
            name="onBehalfOf"
            label={kind === 'party_copy' ? '当事人' : '代表单位'}
            rules={[
              {
                required: true,
                whitespace: true,
                message: kind === 'party_copy' ? '请填写当事人' : '请填写代表单位',
              },
            ]}
            extra={
              external && granteeId
                ? '按来函填写对方机关名称；批准后由所选查阅人本人查看、复制。'
                : '按来函或申请书填写；由您代为调阅、复制并登记交付。'
            }
          >
            <Input maxLength={200} data-testid="access-request-on-behalf" />
          </Form.Item>
        )}
        {subject && (
          <Form.Item name="scope" label="调阅范围">
            <Radio.Group data-testid="access-request-scope">
              <Radio value="subject">仅{subject.label}</Radio>
              <Radio value="case">全案材料</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="permissions"
          label="调阅内容"
          rules={[{ required: true, message: '请至少选择一项调阅内容' }]}
        >
          <Checkbox.Group data-testid="access-request-permissions">
            {GRANTABLE_PERMISSIONS.map((permission) => (
              <Checkbox
                key={permission}
                value={permission}
                data-testid={`access-request-permission-${permission}`}
              >
                {PERMISSION_LABELS[permission]}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label="调阅事由"
          rules={[
            { required: true, whitespace: true, message: '请填写调阅事由' },
            { min: 4, message: '调阅事由至少 4 个字' },
          ]}
          extra="写明因何工作需要调阅、复制；审批人据此决定，事由记入留痕日志。"
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={500}
            showCount
            data-testid="access-request-reason"
          />
        </Form.Item>
        <Form.Item
          name="until"
          label="有效期至"
          rules={[
            { required: true, message: '请选择有效期' },
            {
              validator: (_, value: Dayjs | undefined) =>
                !value || untilAllowed(new Date(toChinaInstant(value)), new Date())
                  ? Promise.resolve()
                  : Promise.reject(new Error(`有效期须在今后 ${LONGEST_GRANT_DAYS} 天以内`)),
            },
          ]}
          extra={`北京时间；最长 ${LONGEST_GRANT_DAYS} 天，审批人可以缩短。`}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(day) =>
              day.isBefore(chinaNow(), 'day') ||
              day.isAfter(chinaNow().add(LONGEST_GRANT_DAYS, 'day'), 'day')
            }
            style={{ width: '100%' }}
            data-testid="access-request-until"
          />
        </Form.Item>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          申请、审批、撤销及批准后的每次查看、复制均记入留痕日志，并注明所依据的授权。
        </Typography.Text>
      </Form>
    </FormDrawer>
  );
}
