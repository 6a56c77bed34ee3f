import { Alert, App, DatePicker, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNestedFormErrors } from '../cases/form-problems.ts';
import { chinaNow } from '../cases/china-time.ts';
import { CitationTag } from '../common/CitationTag.tsx';
import { FormDrawer } from '../common/FormDrawer.tsx';
import { amendAvRecord, type AvRecordView } from './av-api.ts';
import {
  toStorageDamage,
  toStorageDamageValue,
  type StorageDamageAct,
  type StorageDamageFormValue,
} from './storage-damage.ts';

interface Values extends StorageDamageFormValue {
  reason?: string;
}

const DAMAGE_FIELDS = new Set([
  'foundAt',
  'description',
  'reportedTo',
  'reportedAt',
  'writtenNote',
]);

/** `body.storageDamage.reportedAt` → `['reportedAt']`; `body.reason` → `['reason']`. */
function locate([head, field]: string[]): (string | number)[] | undefined {
  if (head === 'reason') return ['reason'];
  if (head === 'storageDamage' && field !== undefined && DAMAGE_FIELDS.has(field)) return [field];
  return undefined;
}

const TIME_PICKER = {
  showTime: { format: 'HH:mm' },
  format: 'YYYY-MM-DD HH:mm',
  style: { width: '100%' },
} as const;

const TEXTS: Record<StorageDamageAct, { title: string; submit: string; reason: string }> = {
  register: {
    title: '登记存储损坏',
    submit: '登记',
    reason: '登记存储时发现的损坏',
  },
  report: {
    title: '报告负责人',
    submit: '保存报告和书面说明',
    reason: '登记向负责人报告的情况和书面说明',
  },
};

const filled = (value: unknown) =>
  typeof value === 'string' ? value.trim() !== '' : Boolean(value);

const ARTICLE_16 = { seed: '000', article: '第十六条' };

/**
 * 存储时发现损坏 (000 第十六条): when the damage was found and what it is, then to which head
 * it was reported and when, and the written note filed. Saved as an amendment of the AV
 * record (a new version, the file untouched); the case's findings follow.
 */
export function StorageDamageDrawer({
  open,
  act,
  record,
  citeArticle,
  onClose,
  onSaved,
}: {
  open: boolean;
  act: StorageDamageAct;
  record: AvRecordView;
  /** The case's regulation is 000, whose 第十六条 states the duty. */
  citeArticle: boolean;
  onClose: () => void;
  onSaved: (record: AvRecordView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useNestedFormErrors(form, locate);
  const [saving, setSaving] = useState(false);
  const texts = TEXTS[act];
  const reporting = act === 'report';

  const onFinish = async (values: Values) => {
    setSaving(true);
    try {
      const saved = await amendAvRecord(record.id, {
        reason: values.reason!.trim(),
        storageDamage: toStorageDamage(values),
      });
      void message.success(reporting ? '已登记报告和书面说明' : '已登记存储时发现的损坏');
      onSaved(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  // Reported means to whom and when: both, or (while only registering) neither.
  const reportRule =
    (other: 'reportedTo' | 'reportedAt') =>
    ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
      validator: (_: unknown, value: unknown) => {
        if (filled(value) || (!reporting && !filled(getFieldValue(other)))) {
          return Promise.resolve();
        }
        return Promise.reject(
          new Error(other === 'reportedAt' ? '请填写报告的负责人' : '请填写报告时间'),
        );
      },
    });

  return (
    <FormDrawer
      title={texts.title}
      open={open}
      onClose={onClose}
      size={640}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel={texts.submit}
      submitTestId="av-damage-submit"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <>
            信息存储过程中发现有损坏、无法正常存储的，应当立即向执法机构负责人报告，并将书面说明存档
            {citeArticle && (
              <>
                {' '}
                <CitationTag citation={ARTICLE_16} />
              </>
            )}
            。登记生成新版本，原始文件和原登记信息保留。
          </>
        }
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {record.name}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="av-damage"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        scrollToFirstError
        disabled={saving}
        initialValues={{
          ...(record.storageDamage === null
            ? { foundAt: chinaNow() }
            : toStorageDamageValue(record.storageDamage)),
          ...(reporting && !record.storageDamage?.reportedAt ? { reportedAt: chinaNow() } : {}),
          reason: texts.reason,
        }}
      >
        <Form.Item
          name="foundAt"
          label="发现损坏时间"
          rules={[{ required: true, message: '请填写发现损坏的时间' }]}
        >
          <DatePicker {...TIME_PICKER} disabled={reporting} data-testid="av-damage-found-at" />
        </Form.Item>
        <Form.Item
          name="description"
          label="损坏情况"
          rules={[{ required: true, whitespace: true, message: '请写明损坏或无法存储的情况' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            disabled={reporting}
            placeholder="如：文件后半段无法播放；导入时校验失败，无法正常存储"
            data-testid="av-damage-description"
          />
        </Form.Item>
        <Form.Item
          name="reportedTo"
          label="报告对象（执法机构负责人）"
          dependencies={['reportedAt']}
          rules={[reportRule('reportedAt')]}
        >
          <Input maxLength={100} placeholder="如：陈队长" data-testid="av-damage-reported-to" />
        </Form.Item>
        <Form.Item
          name="reportedAt"
          label="报告时间"
          dependencies={['reportedTo']}
          rules={[reportRule('reportedTo')]}
        >
          <DatePicker {...TIME_PICKER} data-testid="av-damage-reported-at" />
        </Form.Item>
        <Form.Item
          name="writtenNote"
          label="书面说明"
          extra="存档的书面说明：发现经过、损坏情况、已采取的措施"
          rules={
            reporting ? [{ required: true, whitespace: true, message: '请填写存档的书面说明' }] : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={4000}
            showCount
            data-testid="av-damage-written-note"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="补正理由"
          rules={[
            { required: true, whitespace: true, message: '请写明补正理由' },
            { min: 2, message: '请写明补正理由' },
          ]}
        >
          <Input maxLength={500} data-testid="av-damage-reason" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
